package io.streamhub.realtime.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.apollographql.federation.graphqljava.Federation;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import io.streamhub.platform.security.DefaultJwtVerifier;
import io.streamhub.platform.security.JwtVerifier;
import io.streamhub.platform.security.RemoteJwks;
import io.streamhub.platform.test.TestTokens;
import io.streamhub.router.execution.Json;
import org.jspecify.annotations.Nullable;

/**
 * Three small real subgraphs (videos, comments, users) on one local HTTP server, built
 * with federation-jvm on graphql-java, each enforcing a visibility rule on every path
 * including {@code _entities}: a PRIVATE video (and the comments on it) only for its
 * creator, a notification only for its recipient. Tokens are verified against
 * {@link TestTokens#shared()}.
 */
public final class TestSubgraphs implements AutoCloseable {

	public static final String VIDEOS_SDL = """
			extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
			type Query { video(id: ID!): Video }
			enum VideoVisibility { PUBLIC UNLISTED PRIVATE }
			enum VideoStatus { UPLOADING PROCESSING READY FAILED }
			type Video @key(fields: "id") {
				id: ID!
				title: String!
				visibility: VideoVisibility!
				status: VideoStatus!
				processingProgress: Int!
				creator: User!
			}
			type User @key(fields: "id", resolvable: false) { id: ID! }
			""";

	public static final String COMMENTS_SDL = """
			extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
			type Query { comment(id: ID!): Comment }
			type Comment @key(fields: "id") {
				id: ID!
				body: String!
				video: Video!
				author: User!
			}
			type Video @key(fields: "id", resolvable: false) { id: ID! }
			type User @key(fields: "id", resolvable: false) { id: ID! }
			""";

	public static final String USERS_SDL = """
			extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
			type Query { user(id: ID!): User }
			type User @key(fields: "id") {
				id: ID!
				username: String!
			}
			type Notification @key(fields: "id") {
				id: ID!
				kind: String!
			}
			""";

	private final HttpServer server;

	private final JwtVerifier verifier;

	private final Map<String, Map<String, Object>> videos = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Object>> comments = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Object>> users = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Object>> notifications = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	public TestSubgraphs() {
		JWKSource<SecurityContext> keys = RemoteJwks.of(java.net.URI.create(TestTokens.shared().jwksUrl()),
				Duration.ofMinutes(5), Duration.ofSeconds(1));
		this.verifier = new DefaultJwtVerifier(keys, TestTokens.ISSUER, TestTokens.AUDIENCE, Duration.ofSeconds(30));
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
		RuntimeWiring videosWiring = RuntimeWiring.newRuntimeWiring()
			.type("Query",
					(type) -> type.dataFetcher("video",
							(environment) -> videoEntity(Map.of("id", environment.getArgument("id")),
									environment.getGraphQlContext().get("viewer"))))
			.build();
		serve("videos", schema(VIDEOS_SDL, videosWiring, this::videoEntity));
		serve("comments", schema(COMMENTS_SDL, RuntimeWiring.newRuntimeWiring().build(), this::commentEntity));
		serve("users", schema(USERS_SDL, RuntimeWiring.newRuntimeWiring().build(), this::userEntity));
		this.server.start();
	}

	public String url(String subgraph) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/" + subgraph;
	}

	public int requests(String subgraph) {
		return this.requests.computeIfAbsent(subgraph, (key) -> new AtomicInteger()).get();
	}

	public void video(String id, String title, String visibility, String status, int progress, String creatorId) {
		Map<String, Object> video = new LinkedHashMap<>();
		video.put("__typename", "Video");
		video.put("id", id);
		video.put("title", title);
		video.put("visibility", visibility);
		video.put("status", status);
		video.put("processingProgress", progress);
		video.put("creator", Map.of("__typename", "User", "id", creatorId));
		this.videos.put(id, video);
	}

	public void comment(String id, String videoId, String authorId, String body) {
		this.comments.put(id, Map.of("__typename", "Comment", "id", id, "body", body, "video",
				Map.of("__typename", "Video", "id", videoId), "author", Map.of("__typename", "User", "id", authorId)));
	}

	public void user(String id, String username) {
		this.users.put(id, Map.of("__typename", "User", "id", id, "username", username));
	}

	public void notification(String id, String recipientId, String kind) {
		this.notifications.put(id,
				Map.of("__typename", "Notification", "id", id, "kind", kind, "recipient", recipientId));
	}

	private @Nullable Object videoEntity(Map<String, Object> representation, @Nullable String viewer) {
		Map<String, Object> video = this.videos.get(String.valueOf(representation.get("id")));
		return (video != null && maySeeVideo(video, viewer)) ? video : null;
	}

	private @Nullable Object commentEntity(Map<String, Object> representation, @Nullable String viewer) {
		Map<String, Object> comment = this.comments.get(String.valueOf(representation.get("id")));
		if (comment == null) {
			return null;
		}
		Map<String, Object> video = this.videos.get(((Map<?, ?>) comment.get("video")).get("id").toString());
		return (video != null && maySeeVideo(video, viewer)) ? comment : null;
	}

	private @Nullable Object userEntity(Map<String, Object> representation, @Nullable String viewer) {
		String id = String.valueOf(representation.get("id"));
		if ("Notification".equals(representation.get("__typename"))) {
			Map<String, Object> notification = this.notifications.get(id);
			return (notification != null && notification.get("recipient").equals(viewer)) ? notification : null;
		}
		return this.users.get(id);
	}

	private static boolean maySeeVideo(Map<String, Object> video, @Nullable String viewer) {
		return !"PRIVATE".equals(video.get("visibility"))
				|| ((Map<?, ?>) video.get("creator")).get("id").equals(viewer);
	}

	private GraphQL schema(String sdl, RuntimeWiring wiring, EntityResolver resolver) {
		GraphQLSchema schema = Federation.transform(sdl, wiring)
			.fetchEntities((environment) -> entities(environment, resolver))
			.resolveEntityType((environment) -> environment.getSchema()
				.getObjectType(String.valueOf(((Map<?, ?>) environment.getObject()).get("__typename"))))
			.build();
		return GraphQL.newGraphQL(schema).build();
	}

	private List<@Nullable Object> entities(DataFetchingEnvironment environment, EntityResolver resolver) {
		List<Map<String, Object>> representations = environment.getArgument("representations");
		String viewer = environment.getGraphQlContext().get("viewer");
		List<@Nullable Object> result = new ArrayList<>();
		for (Map<String, Object> representation : representations) {
			result.add(resolver.resolve(representation, viewer));
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private void serve(String name, GraphQL graphQl) {
		this.server.createContext("/" + name, (exchange) -> {
			this.requests.computeIfAbsent(name, (key) -> new AtomicInteger()).incrementAndGet();
			Map<String, Object> body = (Map<String, Object>) Json.parse(exchange.getRequestBody().readAllBytes());
			Map<String, Object> variables = (body.get("variables") != null)
					? (Map<String, Object>) body.get("variables") : Map.of();
			Map<String, Object> context = new LinkedHashMap<>();
			String viewer = viewer(exchange);
			if (viewer != null) {
				context.put("viewer", viewer);
			}
			ExecutionInput input = ExecutionInput.newExecutionInput()
				.query(String.valueOf(body.get("query")))
				.variables(variables)
				.graphQLContext(context)
				.build();
			respond(exchange, Json.write(graphQl.execute(input).toSpecification()));
		});
	}

	private @Nullable String viewer(HttpExchange exchange) {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			return null;
		}
		try {
			return this.verifier.verify(authorization.substring(7)).id().toString();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static void respond(HttpExchange exchange, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	@FunctionalInterface
	private interface EntityResolver {

		@Nullable Object resolve(Map<String, Object> representation, @Nullable String viewer);

	}

}
