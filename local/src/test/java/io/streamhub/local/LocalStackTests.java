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
		stack = LocalStack.start(new LocalPorts(FreePorts.next(), FreePorts.next()));
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
