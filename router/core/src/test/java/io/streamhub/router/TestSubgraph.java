package io.streamhub.router;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.apollographql.federation.graphqljava.Federation;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import io.streamhub.router.execution.Json;

/**
 * A real federated subgraph for tests: JDK HttpServer + graphql-java + federation-jvm,
 * data from in-memory maps. Records every request body; can be told to fail (HTTP 500,
 * invalid JSON, hang).
 */
public final class TestSubgraph implements AutoCloseable {

	/** How the subgraph answers. */
	public enum Mode {

		NORMAL, HTTP_500, INVALID_JSON, HANG,

		/** Answers normally once {@link TestSubgraph#release()} is called. */
		HOLD

	}

	private static final String FEDERATION_LINK = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", "
			+ "import: [\"@key\", \"@shareable\", \"@external\", \"@provides\", \"@requires\", \"@inaccessible\", \"@override\", \"@interfaceObject\"])\n";

	private final String name;

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final GraphQL graphQL;

	private final List<Map<String, Object>> requests = new CopyOnWriteArrayList<>();

	private final CountDownLatch release = new CountDownLatch(1);

	private final CountDownLatch held = new CountDownLatch(1);

	private volatile Mode mode = Mode.NORMAL;

	private TestSubgraph(String name, GraphQLSchema schema) throws IOException {
		this.name = name;
		this.graphQL = GraphQL.newGraphQL(schema).build();
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/graphql", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	/**
	 * Starts a subgraph.
	 * @param name the subgraph name
	 * @param sdl the subgraph SDL (federation v2 link added)
	 * @param fetchers data fetchers by {@code Type.field}
	 * @param entities resolves a representation to an entity map (with
	 * {@code __typename}) or null
	 * @return the running subgraph
	 */
	public static TestSubgraph start(String name, String sdl, Map<String, DataFetcher<?>> fetchers,
			Function<Map<String, Object>, Object> entities) {
		RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().wiringFactory(new TypenameResolvers());
		fetchers.forEach((coordinate, fetcher) -> {
			String[] parts = coordinate.split("\\.");
			wiring.type(parts[0], (type) -> type.dataFetcher(parts[1], fetcher));
		});
		GraphQLSchema schema = Federation.transform(FEDERATION_LINK + sdl, wiring.build()).fetchEntities((env) -> {
			List<Map<String, Object>> representations = env.getArgument("representations");
			return representations.stream().map(entities).toList();
		}).resolveEntityType(TestSubgraph::resolve).build();
		try {
			return new TestSubgraph(name, schema);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GraphQLObjectType resolve(graphql.TypeResolutionEnvironment env) {
		Map<?, ?> object = (Map<?, ?>) env.getObject();
		return env.getSchema().getObjectType((String) object.get("__typename"));
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/graphql";
	}

	public String name() {
		return this.name;
	}

	public void mode(Mode mode) {
		this.mode = mode;
	}

	public List<Map<String, Object>> requests() {
		return this.requests;
	}

	@SuppressWarnings("unchecked")
	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		Map<String, Object> request = (Map<String, Object>) Json.parse(body);
		this.requests.add(request);
		switch (this.mode) {
			case HTTP_500 -> respond(exchange, 500, "upstream exploded".getBytes(StandardCharsets.UTF_8));
			case INVALID_JSON -> respond(exchange, 200, "{\"data\": {".getBytes(StandardCharsets.UTF_8));
			case HANG -> {
				awaitRelease();
				respond(exchange, 200, "{\"data\":null}".getBytes(StandardCharsets.UTF_8));
			}
			case HOLD -> {
				awaitHeld();
				respond(exchange, 200, execute(request));
			}
			default -> respond(exchange, 200, execute(request));
		}
	}

	/** Lets the requests held in {@link Mode#HOLD} (and later ones) be answered. */
	public void release() {
		this.held.countDown();
	}

	private void awaitHeld() {
		try {
			this.held.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitRelease() {
		try {
			this.release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@SuppressWarnings("unchecked")
	private byte[] execute(Map<String, Object> request) {
		Map<String, Object> variables = (Map<String, Object>) request.getOrDefault("variables", Map.of());
		ExecutionResult result = this.graphQL.execute(ExecutionInput.newExecutionInput()
			.query((String) request.get("query"))
			.variables((variables != null) ? variables : Map.of())
			.build());
		return Json.write(result.toSpecification());
	}

	private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("content-type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.release.countDown();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private static final class TypenameResolvers implements WiringFactory {

		@Override
		public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
			return true;
		}

		@Override
		public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
			return TestSubgraph::resolve;
		}

		@Override
		public boolean providesTypeResolver(UnionWiringEnvironment environment) {
			return true;
		}

		@Override
		public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
			return TestSubgraph::resolve;
		}

	}

}
