package io.streamhub.users;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.streamhub.platform.embedded.EmbeddedPostgres;
import io.streamhub.platform.embedded.EmbeddedRedis;
import io.streamhub.platform.test.SharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as {@code local/} launches it ({@link UsersApplication#application()},
 * config from {@code users.yml}), driven through the whole user journey over HTTP.
 */
class UsersApplicationTests {

	private static ConfigurableApplicationContext context;

	private static WebTestClient http;

	@BeforeAll
	static void start() {
		EmbeddedPostgres postgres = SharedInfrastructure.postgres();
		EmbeddedRedis redis = SharedInfrastructure.redis();
		String database = SharedInfrastructure.freshDatabase();
		context = UsersApplication.application()
			.properties("spring.r2dbc.url=" + postgres.r2dbcUrl(database),
					"spring.r2dbc.username=" + postgres.username(), "spring.r2dbc.password=" + postgres.password(),
					"spring.flyway.url=" + postgres.jdbcUrl(database), "spring.flyway.user=" + postgres.username(),
					"spring.flyway.password=" + postgres.password(), "spring.data.redis.host=" + redis.host(),
					"spring.data.redis.port=" + redis.port(), "server.port=0", "users.bootstrap-admin=true")
			.run();
		String port = context.getEnvironment().getProperty("local.server.port");
		http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@AfterAll
	static void stop() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void propertiesGivenToTheLauncherWinOverTheServiceConfiguration() {
		assertThat(context.getEnvironment().getProperty("local.server.port")).isNotEqualTo("4001");
		assertThat(context.getEnvironment().getProperty("users.bootstrap-admin", Boolean.class)).isTrue();
		assertThat(context.getEnvironment().getProperty("dgs.graphql.schema-locations"))
			.isEqualTo("classpath*:schema/users/**/*.graphql*");
	}

	@Test
	void registerLoginMeRefreshFollowNotificationsAndJwks() {
		String alice = register("alice_e2e");
		assertThat(graphql(null, "{ user(id: \"" + alice + "\") { roles } }").<List<String>>read("$.data.user.roles"))
			.as("first account of a fresh database with users.bootstrap-admin=true")
			.containsExactlyInAnyOrder("VIEWER", "ADMIN");
		String bob = register("bob_e2e");
		Map<String, Object> login = graphql(null, """
				mutation { login(emailOrUsername: "alice_e2e", password: "a long enough password") {
				  accessToken refreshToken user { id } } }""").read("$.data.login");
		String aliceToken = (String) login.get("accessToken");
		assertThat(graphql(aliceToken, "{ me { id username email } }").<String>read("$.data.me.email"))
			.isEqualTo("alice_e2e@example.test");

		String refreshed = graphql(null,
				"mutation { refreshToken(token: \"" + login.get("refreshToken") + "\") { accessToken refreshToken } }")
			.read("$.data.refreshToken.accessToken");
		assertThat(refreshed).isNotBlank();

		graphql(refreshed, "mutation { follow(userId: \"" + bob + "\") { id followerCount } }");
		String bobToken = graphql(null, """
				mutation { login(emailOrUsername: "bob_e2e@example.test", password: "a long enough password") {
				  accessToken } }""").read("$.data.login.accessToken");
		var notifications = graphql(bobToken,
				"{ me { notifications { edges { node { kind actor { id username } } } } } }");
		assertThat(notifications.<List<String>>read("$.data.me.notifications.edges[*].node.kind"))
			.containsExactly("user.followed");
		assertThat(notifications.<String>read("$.data.me.notifications.edges[0].node.actor.id")).isEqualTo(alice);

		String jwks = http.get()
			.uri("/.well-known/jwks.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(JsonPath.<List<String>>read(jwks, "$.keys[*].kty")).containsExactly("RSA");
	}

	private static String register(String username) {
		return graphql(null,
				"mutation { register(input: {email: \"" + username + "@example.test\", username: \"" + username
						+ "\", password: \"a long enough password\", displayName: \"E2E\"}) { id } }")
			.read("$.data.register.id");
	}

	private static com.jayway.jsonpath.DocumentContext graphql(String token, String query) {
		String body = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).headers((headers) -> {
			if (token != null) {
				headers.setBearerAuth(token);
			}
		})
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).doesNotContain("\"errors\"");
		return JsonPath.parse(body);
	}

}
