package io.streamhub.router.conformance.subgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import io.streamhub.router.conformance.fixture.Fixture;
import io.streamhub.router.conformance.fixture.SubgraphDefinition;
import io.streamhub.router.conformance.json.Json;

/**
 * The subgraphs of one fixture, served over real HTTP on 127.0.0.1 (one ephemeral port,
 * one path per subgraph: {@code /<subgraph>/graphql}), recording every request they
 * receive.
 */
public final class FixtureSubgraphServer implements AutoCloseable {

	/**
	 * The URL prefix the committed supergraphs use for subgraphs; {@link #localize} swaps
	 * in the real one.
	 */
	public static final String PLACEHOLDER_BASE = "http://fixture.invalid/";

	private final HttpServer server;

	private final ExecutorService executor;

	private final Map<String, SubgraphData> data = new LinkedHashMap<>();

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private FixtureSubgraphServer(HttpServer server, ExecutorService executor) {
		this.server = server;
		this.executor = executor;
	}

	/**
	 * Starts the fixture's subgraphs with fresh data.
	 */
	public static FixtureSubgraphServer start(Fixture fixture, FixtureResolvers customResolvers) throws IOException {
		HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		ExecutorService executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "fixture-" + fixture.area());
			thread.setDaemon(true);
			return thread;
		});
		http.setExecutor(executor);
		FixtureSubgraphServer server = new FixtureSubgraphServer(http, executor);
		ResolverRegistry registry = new ResolverRegistry();
		customResolvers.register(registry);
		for (SubgraphDefinition subgraph : fixture.subgraphs()) {
			server.mount(subgraph, fixture.dataOf(subgraph.name()), registry);
		}
		http.createContext("/__requests", server::handleRequestLog);
		http.start();
		return server;
	}

	private void mount(SubgraphDefinition subgraph, JsonNode json, ResolverRegistry registry) {
		SubgraphData subgraphData = SubgraphData.from(json);
		this.data.put(subgraph.name(), subgraphData);
		GraphQL graphQl = FixtureSchemaFactory.create(subgraph.name(), subgraph.sdl(), subgraphData, registry);
		this.server.createContext("/" + subgraph.name() + "/graphql",
				(exchange) -> handle(subgraph.name(), graphQl, exchange));
	}

	private void handle(String subgraph, GraphQL graphQl, HttpExchange exchange) throws IOException {
		try (exchange) {
			Map<String, Object> body = readBody(exchange);
			String query = String.valueOf(body.getOrDefault("query", ""));
			Map<String, Object> variables = variables(body.get("variables"));
			this.requests.add(new RecordedRequest(subgraph, query, variables));
			ExecutionInput input = ExecutionInput.newExecutionInput(query)
				.variables(variables)
				.operationName((String) body.get("operationName"))
				.build();
			ExecutionResult result = graphQl.execute(input);
			write(exchange, Json.write(result.toSpecification()).getBytes(StandardCharsets.UTF_8));
		}
	}

	/**
	 * {@code GET /__requests} lists the recorded requests (for tools outside the JVM,
	 * such as the oracle); any other method clears them.
	 */
	private void handleRequestLog(HttpExchange exchange) throws IOException {
		try (exchange) {
			exchange.getRequestBody().readAllBytes();
			if (!"GET".equals(exchange.getRequestMethod())) {
				clearRequests();
			}
			write(exchange, Json.write(requests()).getBytes(StandardCharsets.UTF_8));
		}
	}

	private static Map<String, Object> readBody(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return Json.toMap(Json.parse(in.readAllBytes()));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> variables(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	private static void write(HttpExchange exchange, byte[] bytes) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/";
	}

	public String url(String subgraph) {
		return baseUrl() + subgraph + "/graphql";
	}

	/**
	 * A supergraph whose subgraph URLs use {@link #PLACEHOLDER_BASE}, pointed at this
	 * server.
	 */
	public String localize(String supergraph) {
		return supergraph.replace(PLACEHOLDER_BASE, baseUrl());
	}

	public SubgraphData data(String subgraph) {
		return this.data.get(subgraph);
	}

	public List<RecordedRequest> requests() {
		return new ArrayList<>(this.requests);
	}

	public void clearRequests() {
		this.requests.clear();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
