package io.streamhub.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.streamhub.local.seed.DemoAccounts;
import io.streamhub.local.service.LocalPorts;
import io.streamhub.platform.embedded.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's first command, minus the fixed ports: the whole stack starts in one JVM on
 * embedded infrastructure, seeds the demo accounts, and serves the supergraph through the
 * router.
 */
class LocalStackTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static LocalStack stack;

	@BeforeAll
	static void start() {
		stack = LocalStack
			.start(new LocalPorts(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next()));
	}

	@AfterAll
	static void stop() {
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	void seededAdminLogsInThroughTheRouterAndSeesTheirPrivateEmail() throws Exception {
		var admin = DemoAccounts.ACCOUNTS.get(0);
		JsonNode login = post(stack.ports().routerUrl(),
				"mutation($u: String!, $p: String!) { login(emailOrUsername: $u, password: $p) { accessToken user { username } } }",
				Map.of("u", admin.username(), "p", admin.password()), null);
		assertThat(login.has("errors")).as(login.toString()).isFalse();
		String token = login.at("/data/login/accessToken").asString();

		JsonNode me = post(stack.ports().routerUrl(), "{ me { username email roles } }", Map.of(), token);

		assertThat(me.has("errors")).as(me.toString()).isFalse();
		assertThat(me.at("/data/me/username").asString()).isEqualTo("admin");
		assertThat(me.at("/data/me/email").asString()).isEqualTo("admin@streamhub.local");
		assertThat(me.at("/data/me/roles").toString()).contains("ADMIN");
	}

	/**
	 * users → videos → comments → users through the router: the creator uploads a video
	 * (presigned PUT to the S3 store), the media worker's completion event (emitted here
	 * on {@code events:media}, as the worker would) makes it READY, the viewer comments,
	 * and an anonymous client reads the creator's videos with their comments and the
	 * comments' authors in one query.
	 */
	@Test
	void oneQuerySpansUsersVideosAndCommentsThroughTheRouter() throws Exception {
		String creator = token(DemoAccounts.ACCOUNTS.get(1));
		String viewer = token(DemoAccounts.ACCOUNTS.get(2));
		byte[] source = "not really a video, but the bytes the worker would read".getBytes();
		JsonNode upload = data(post(stack.ports().routerUrl(),
				"""
						mutation($size: Float!) { createVideoUpload(input: {title: "Spanning the graph", visibility: PUBLIC,
						  contentType: "video/mp4", sizeBytes: $size}) { video { id } uploadUrl uploadHeaders { name value } } }""",
				Map.of("size", source.length), creator));
		String videoId = upload.at("/createVideoUpload/video/id").asString();
		putToPresignedUrl(upload.get("createVideoUpload"), source);
		data(post(stack.ports().routerUrl(), "mutation($id: ID!) { completeVideoUpload(videoId: $id) { status } }",
				Map.of("id", videoId), creator));

		MediaEvents.completed(stack.infrastructure().redis().uri(), videoId);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> "READY"
				.equals(data(post(stack.ports().routerUrl(), "query($id: ID!) { video(id: $id) { status } }",
						Map.of("id", videoId), null))
					.at("/video/status")
					.asString()));
		// comments learns visibility from events:videos: wait until it accepts the
		// comment
		await().atMost(Duration.ofSeconds(60))
			.until(() -> !post(stack.ports().routerUrl(),
					"mutation($id: ID!) { addComment(videoId: $id, body: \"First!\") { id } }", Map.of("id", videoId),
					viewer)
				.has("errors"));

		JsonNode graph = data(post(stack.ports().routerUrl(),
				"""
						{ userByUsername(username: "creator") { username videos(first: 5) { edges { node {
						  title status commentCount comments(first: 5) { edges { node { body author { username } } } } } } } } }""",
				Map.of(), null));

		JsonNode video = graph.at("/userByUsername/videos/edges/0/node");
		assertThat(video.get("title").asString()).isEqualTo("Spanning the graph");
		assertThat(video.get("commentCount").asInt()).isEqualTo(1);
		assertThat(video.at("/comments/edges/0/node/body").asString()).isEqualTo("First!");
		assertThat(video.at("/comments/edges/0/node/author/username").asString()).isEqualTo("viewer");
	}

	@Test
	void seededCreatorWasPromotedByTheAdmin() throws Exception {
		JsonNode creator = post(stack.ports().usersUrl(), "{ userByUsername(username: \"creator\") { roles email } }",
				Map.of(), null);

		assertThat(creator.at("/data/userByUsername/roles").toString()).contains("CREATOR");
		assertThat(creator.at("/data/userByUsername/email").isNull()).as("email is private to anonymous callers")
			.isTrue();
	}

	@Test
	void jwksIsServedByTheUsersSubgraph() throws Exception {
		HttpResponse<String> jwks = HTTP.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + stack.ports().users() + "/.well-known/jwks.json"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(jwks.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(jwks.body()).get("keys")).isNotEmpty();
	}

	@Test
	void s3StoreHasTheMediaBucket() throws Exception {
		HttpResponse<Void> bucket = HTTP
			.send(HttpRequest.newBuilder(URI.create(stack.infrastructure().s3().endpoint() + "/streamhub-media"))
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.discarding());

		assertThat(bucket.statusCode()).isEqualTo(200);
	}

	private static String token(io.streamhub.local.seed.DemoAccount account) throws Exception {
		JsonNode login = data(post(stack.ports().routerUrl(),
				"mutation($u: String!, $p: String!) { login(emailOrUsername: $u, password: $p) { accessToken } }",
				Map.of("u", account.username(), "p", account.password()), null));
		return login.at("/login/accessToken").asString();
	}

	private static JsonNode data(JsonNode response) {
		assertThat(response.has("errors")).as(response.toString()).isFalse();
		return response.get("data");
	}

	private static void putToPresignedUrl(JsonNode upload, byte[] body) throws Exception {
		HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(upload.get("uploadUrl").asString()))
			.PUT(HttpRequest.BodyPublishers.ofByteArray(body));
		for (JsonNode header : upload.get("uploadHeaders")) {
			String name = header.get("name").asString();
			if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
				put.header(name, header.get("value").asString());
			}
		}
		assertThat(HTTP.send(put.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
	}

	private static JsonNode post(String url, String query, Map<String, Object> variables, String token)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofByteArray(JSON.writeValueAsBytes(Map.of("query", query, "variables", variables))));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

}
