package io.streamhub.bench.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLSchema;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves one subgraph schema at {@code POST /graphql} (and {@code GET /health}) on the
 * JDK HTTP server with a fixed pool. Parsed and validated documents are cached so that
 * the subgraphs spend as little CPU as possible and never become the benchmark's
 * bottleneck.
 */
final class SubgraphServer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_MEMOIZED = 10_000;

	private final HttpServer server;

	private final ExecutorService executor;

	private final GraphQL graphQl;

	private final boolean memoize;

	private final Map<ByteBuffer, byte[]> responses = new ConcurrentHashMap<>();

	private SubgraphServer(HttpServer server, ExecutorService executor, GraphQLSchema schema, boolean memoize) {
		this.server = server;
		this.executor = executor;
		this.memoize = memoize;
		this.graphQl = GraphQL.newGraphQL(schema).preparsedDocumentProvider(new DocumentCache()).build();
	}

	static SubgraphServer start(String host, int port, GraphQLSchema schema, int threads, boolean memoize)
			throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 1024);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		SubgraphServer subgraph = new SubgraphServer(server, executor, schema, memoize);
		server.createContext("/graphql", subgraph::handleGraphQl);
		server.createContext("/health", subgraph::handleHealth);
		server.setExecutor(executor);
		server.start();
		return subgraph;
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	private void handleHealth(HttpExchange exchange) throws IOException {
		respond(exchange, 200, "{\"status\":\"UP\"}".getBytes());
	}

	private void handleGraphQl(HttpExchange exchange) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			respond(exchange, 405, "{\"errors\":[{\"message\":\"POST only\"}]}".getBytes());
			return;
		}
		byte[] body = readBody(exchange.getRequestBody());
		byte[] response = this.responses.get(ByteBuffer.wrap(body));
		if (response == null) {
			response = execute(body);
		}
		respond(exchange, 200, response);
	}

	private byte[] execute(byte[] body) {
		ExecutionResult result = this.graphQl.execute(toInput(readRequest(body)));
		byte[] response = JSON.writeValueAsBytes(result.toSpecification());
		if (this.memoize && result.getErrors().isEmpty() && this.responses.size() < MAX_MEMOIZED) {
			this.responses.put(ByteBuffer.wrap(body), response);
		}
		return response;
	}

	private static byte[] readBody(InputStream body) throws IOException {
		try (body) {
			return body.readAllBytes();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> readRequest(byte[] body) {
		return JSON.readValue(body, Map.class);
	}

	@SuppressWarnings("unchecked")
	private static ExecutionInput toInput(Map<String, Object> request) {
		Object variables = request.get("variables");
		ExecutionInput.Builder input = ExecutionInput.newExecutionInput()
			.query(String.valueOf(request.get("query")))
			.variables((variables instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of());
		if (request.get("operationName") instanceof String operationName) {
			input.operationName(operationName);
		}
		return input.build();
	}

	private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	/**
	 * Gateways send the same few operations again and again: parse and validate each
	 * once.
	 */
	private static final class DocumentCache implements PreparsedDocumentProvider {

		private final Map<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				java.util.function.Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			String key = input.getQuery() + '\u0000' + input.getOperationName();
			PreparsedDocumentEntry entry = this.entries.get(key);
			if (entry == null) {
				entry = parseAndValidate.apply(input);
				this.entries.putIfAbsent(key, entry);
			}
			return CompletableFuture.completedFuture(entry);
		}

	}

}
