package io.streamhub.router.server.edge;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.streamhub.platform.embedded.EmbeddedPostgres;
import io.streamhub.platform.test.SharedInfrastructure;
import io.streamhub.router.server.RunningRouter;
import io.streamhub.users.UsersApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end with the real users subgraph (embedded PostgreSQL and Redis): an account
 * registered and signed in through the router gets a token the router verifies against
 * the users service's own JWKS; the first account is the admin, so it may introspect.
 */
class UsersSubgraphAuthenticationTests {

	private static ConfigurableApplicationContext users;

	private static RunningRouter router;

	@BeforeAll
	static void start() throws IOException {
		EmbeddedPostgres postgres = SharedInfrastructure.postgres();
		String database = SharedInfrastructure.freshDatabase();
		int usersPort = freePort();
		users = UsersApplication.application()
			.run("--server.port=" + usersPort, "--server.address=127.0.0.1",
					"--spring.r2dbc.url=" + postgres.r2dbcUrl(database),
					"--spring.r2dbc.username=" + postgres.username(), "--spring.r2dbc.password=" + postgres.password(),
					"--spring.flyway.url=" + postgres.jdbcUrl(database), "--spring.flyway.user=" + postgres.username(),
					"--spring.flyway.password=" + postgres.password(),
					"--spring.data.redis.host=" + SharedInfrastructure.redis().host(),
					"--spring.data.redis.port=" + SharedInfrastructure.redis().port(), "--users.bootstrap-admin=true");
		Path directory = Files.createTempDirectory("users-router");
		Path yaml = directory.resolve("supergraph.yaml");
		Files.writeString(yaml, """
				federation_version: =2.9.0
				subgraphs:
				  users:
				    routing_url: http://127.0.0.1:%d/graphql
				    schema:
				      file: %s
				""".formatted(usersPort, Path.of("../../schema/users.graphqls").toAbsolutePath().normalize()));
		router = RunningRouter.startWithout("--router.supergraph=" + yaml,
				"--router.jwt.jwks-url=http://127.0.0.1:" + usersPort + "/.well-known/jwks.json");
	}

	@AfterAll
	static void stop() {
		if (router != null) {
			router.close();
		}
		if (users != null) {
			users.close();
		}
	}

	@Test
	void adminSignedInThroughTheRouterIsVerifiedAgainstTheUsersJwks() {
		HttpResponse<String> registered = post(
				Map.of("query", "mutation { register(input: {email: \"root@example.com\", username: \"root\", "
						+ "password: \"correct horse battery\", displayName: \"Root\"}) { username roles } }"));
		assertThat(registered.body()).contains("ADMIN");
		String token = (String) ((Map<?, ?>) ((Map<?, ?>) RunningRouter.parse(post(Map.of("query",
				"mutation { login(emailOrUsername: \"root\", password: \"correct horse battery\") { accessToken } }"))
			.body()).get("data")).get("login")).get("accessToken");

		HttpResponse<String> me = post(Map.of("query", "{ me { username roles } }"), "Authorization",
				"Bearer " + token);
		HttpResponse<String> introspection = post(Map.of("query", "{ __schema { queryType { name } } }"),
				"Authorization", "Bearer " + token);
		HttpResponse<String> anonymousIntrospection = post(Map.of("query", "{ __schema { queryType { name } } }"));
		HttpResponse<String> forged = post(Map.of("query", "{ me { username } }"), "Authorization",
				"Bearer " + token.substring(0, token.length() - 4) + "AAAA");

		Map<?, ?> signedIn = (Map<?, ?>) ((Map<?, ?>) RunningRouter.parse(me.body()).get("data")).get("me");
		assertThat(signedIn.get("username")).isEqualTo("root");
		assertThat(new java.util.HashSet<Object>((List<?>) signedIn.get("roles")))
			.isEqualTo(java.util.Set.of("VIEWER", "ADMIN"));
		assertThat(introspection.statusCode()).isEqualTo(200);
		assertThat(anonymousIntrospection.statusCode()).isEqualTo(403);
		assertThat(forged.statusCode()).isEqualTo(401);
	}

	private static HttpResponse<String> post(Object body, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Content-Type";
		all[1] = "application/json";
		System.arraycopy(headers, 0, all, 2, headers.length);
		return router.post(RunningRouter.json(body), all);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
