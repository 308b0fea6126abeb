package io.streamhub.local;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.streamhub.local.seed.DemoAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command, minus the fixed ports: the whole stack starts in one JVM on
 * embedded infrastructure, seeds the demo accounts, and serves the supergraph through the
 * router.
 */
@ExtendWith(LocalStackExtension.class)
class LocalStackTests {

	private static LocalStack stack;

	private static LocalApi api;

	@BeforeAll
	static void start(LocalStack localStack) {
		stack = localStack;
		api = new LocalApi(localStack);
	}

	@Test
	void seededAdminLogsInThroughTheRouterAndSeesTheirPrivateEmail() {
		String token = api.token(DemoAccounts.ACCOUNTS.get(0));

		JsonNode me = api.data("{ me { username email roles } }", Map.of(), token);

		assertThat(me.at("/me/username").asString()).isEqualTo("admin");
		assertThat(me.at("/me/email").asString()).isEqualTo("admin@streamhub.local");
		assertThat(me.at("/me/roles").toString()).contains("ADMIN");
	}

	@Test
	void seededCreatorWasPromotedByTheAdmin() {
		JsonNode creator = LocalApi.post(stack.ports().usersUrl(),
				"{ userByUsername(username: \"creator\") { roles email } }", Map.of(), null);

		assertThat(creator.at("/data/userByUsername/roles").toString()).contains("CREATOR");
		assertThat(creator.at("/data/userByUsername/email").isNull()).as("email is private to anonymous callers")
			.isTrue();
	}

	@Test
	void jwksIsServedByTheUsersSubgraph() {
		HttpResponse<byte[]> jwks = LocalApi
			.get("http://localhost:" + stack.ports().users() + "/.well-known/jwks.json");

		assertThat(jwks.statusCode()).isEqualTo(200);
		assertThat(LocalApi.JSON.readTree(jwks.body()).get("keys")).isNotEmpty();
	}

	@Test
	void s3StoreHasTheMediaBucket() {
		HttpResponse<Void> bucket = LocalApi
			.send(HttpRequest.newBuilder(URI.create(stack.infrastructure().s3().endpoint() + "/streamhub-media"))
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.discarding());

		assertThat(bucket.statusCode()).isEqualTo(200);
	}

}
