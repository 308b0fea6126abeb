package io.streamhub.router.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.apollographql.federation.graphqljava.Federation;
import com.apollographql.federation.graphqljava._Entity;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.TestTokens;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two tiny real subgraphs for the router's tests, on loopback and random ports:
 * {@code accounts} (users, a mutation) and {@code posts} (extends {@code User} with
 * posts; echoes the {@code Authorization} header it received).
 */
public final class TestSubgraphs implements AutoCloseable {

	/** The admin's username in {@code login}. */
	public static final String ADMIN = "admin";

	/** The admin's password in {@code login}. */
	public static final String ADMIN_PASSWORD = "correct horse battery staple";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<HttpServer> servers = new ArrayList<>();

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final Map<String, URI> urls = new LinkedHashMap<>();

	private final Map<String, String> names = new LinkedHashMap<>(Map.of("1", "Ada", "2", "Alan"));

	public static TestSubgraphs start() {
		TestSubgraphs subgraphs = new TestSubgraphs();
		subgraphs.serve("accounts", subgraphs.accounts());
		subgraphs.serve("posts", posts());
		return subgraphs;
	}

	/**
	 * The {@code --router.subgraph-urls.*} arguments pointing the supergraph at these
	 * subgraphs.
	 * @return the command line arguments
	 */
	public List<String> urlArguments() {
		List<String> arguments = new ArrayList<>();
		this.urls.forEach((name, url) -> arguments.add("--router.subgraph-urls." + name + "=" + url));
		return arguments;
	}

	private GraphQLSchema accounts() {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query",
					(type) -> type.dataFetcher("me", (env) -> user("1"))
						.dataFetcher("users", (env) -> List.of(user("1"), user("2"))))
			.type("Mutation", (type) -> type.dataFetcher("rename", (env) -> {
				this.names.put(env.getArgument("id"), env.getArgument("name"));
				return user(env.getArgument("id"));
			}).dataFetcher("login", TestSubgraphs::login))
			.build();
		return federated("accounts", wiring, (representation) -> user((String) representation.get("id")));
	}

	/**
	 * {@code login}: the admin {@value #ADMIN} with password {@value #ADMIN_PASSWORD}
	 * gets an ADMIN token from the shared {@link TestTokens}.
	 */
	private static Object login(graphql.schema.DataFetchingEnvironment env) {
		if (ADMIN.equals(env.getArgument("emailOrUsername")) && ADMIN_PASSWORD.equals(env.getArgument("password"))) {
			return Map.of("accessToken", TestTokens.shared().token(java.util.UUID.randomUUID(), Role.ADMIN));
		}
		return graphql.GraphqlErrorBuilder.newError(env).message("Wrong username or password").build();
	}

	private Map<String, Object> user(String id) {
		return Map.of("__typename", "User", "id", id, "name", this.names.getOrDefault(id, "?"));
	}

	private static GraphQLSchema posts() {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", (type) -> type
				.dataFetcher("seenAuthorization", (env) -> env.getGraphQlContext().getOrDefault("authorization", null))
				.dataFetcher("seenHeader", (env) -> env.getGraphQlContext()
					.getOrDefault("header:" + ((String) env.getArgument("name")).toLowerCase(Locale.ROOT), null)))
			.type("User", (type) -> type.dataFetcher("posts", (env) -> {
				Map<String, Object> user = env.getSource();
				return List.of(Map.of("title", "Post of " + Objects.requireNonNull(user).get("id")));
			}))
			.type("Post", (type) -> type.dataFetcher("related", (env) -> {
				Map<String, Object> post = env.getSource();
				return List.of(Map.of("title", "Related to " + Objects.requireNonNull(post).get("title")));
			}))
			.build();
		return federated("posts", wiring,
				(representation) -> Map.of("__typename", "User", "id", representation.get("id")));
	}

	private static GraphQLSchema federated(String name, RuntimeWiring wiring,
			java.util.function.Function<Map<String, Object>, Object> resolver) {
		DataFetcher<List<Object>> entities = (env) -> {
			List<Map<String, Object>> representations = env.getArgument(_Entity.argumentName);
			return Objects.requireNonNull(representations).stream().map(resolver).toList();
		};
		return Federation.transform(sdl(name), wiring)
			.fetchEntities(entities)
			.resolveEntityType((env) -> env.getSchema()
				.getObjectType((String) ((Map<?, ?>) Objects.requireNonNull(env.getObject())).get("__typename")))
			.build();
	}

	private static String sdl(String name) {
		try (InputStream in = TestSubgraphs.class.getResourceAsStream("/subgraphs/" + name + ".graphqls")) {
			return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void serve(String name, GraphQLSchema schema) {
		GraphQL graphQl = GraphQL.newGraphQL(schema).build();
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
			server.createContext("/graphql", (exchange) -> handle(graphQl, exchange));
			server.setExecutor(this.executor);
			server.start();
			this.servers.add(server);
			this.urls.put(name, URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static void handle(GraphQL graphQl, HttpExchange exchange) throws IOException {
		Map<String, Object> request = JSON.readValue(exchange.getRequestBody().readAllBytes(), Map.class);
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		Object variables = request.get("variables");
		ExecutionInput input = ExecutionInput.newExecutionInput()
			.query((String) request.get("query"))
			.variables((variables != null) ? (Map<String, Object>) variables : Map.of())
			.graphQLContext((context) -> {
				if (authorization != null) {
					context.of("authorization", authorization);
				}
				exchange.getRequestHeaders()
					.forEach((name, values) -> context.of("header:" + name.toLowerCase(Locale.ROOT), values.get(0)));
			})
			.build();
		byte[] body = JSON.writeValueAsBytes(graphQl.execute(input).toSpecification());
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().add("Set-Cookie", "session=from-subgraph; Path=/");
		exchange.getResponseHeaders().add("X-Subgraph-Internal", "not-for-clients");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.servers.forEach((server) -> server.stop(0));
		this.executor.shutdownNow();
	}

}
