package io.streamhub.router.server.edge;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens verified against a real JWKS endpoint: no token is anonymous, a valid
 * token reaches the subgraphs, anything else is a 401 before any subgraph is called.
 */
class AuthenticationTests {

	private static EdgeRouter edge;

	@org.junit.jupiter.api.BeforeAll
	static void startRouter() {
		edge = EdgeRouter.start();
	}

	@org.junit.jupiter.api.AfterAll
	static void stopRouter() {
		edge.close();
	}

	private final TestTokens tokens = TestTokens.shared();

	private final UUID user = UUID.randomUUID();

	@Test
	void requestWithoutATokenIsAnonymousAndServed() {
		HttpResponse<String> response = edge.post(EdgeRouter.query("{ seenAuthorization }"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"seenAuthorization\":null}}");
	}

	@Test
	void validTokenIsForwardedToTheSubgraphs() {
		String token = this.tokens.token(this.user, Role.VIEWER);

		HttpResponse<String> response = edge.post(EdgeRouter.query("{ seenAuthorization }"), "Authorization",
				"Bearer " + token);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(EdgeRouter.body(response)).isEqualTo(Map.of("data", Map.of("seenAuthorization", "Bearer " + token)));
	}

	@Test
	void expiredTokenIs401Unauthenticated() {
		assertUnauthenticated("Bearer " + this.tokens.expiredToken(this.user, Role.VIEWER));
	}

	@Test
	void tamperedAlgNoneAndForeignKeyTokensAre401() {
		assertUnauthenticated("Bearer " + this.tokens.tamperedToken(this.user));
		assertUnauthenticated("Bearer " + this.tokens.algNoneToken(this.user));
		assertUnauthenticated("Bearer " + this.tokens.unknownKeyToken(this.user));
		assertUnauthenticated("Bearer not-a-jwt");
	}

	@Test
	void authorizationThatIsNotBearerIs401() {
		assertUnauthenticated("Basic dXNlcjpwYXNz");
	}

	@Test
	void tokenSignedByARotatedKeyIsAcceptedAfterTheJwksIsRefetched() {
		this.tokens.rotateKey();
		String token = this.tokens.token(this.user, Role.VIEWER);

		HttpResponse<String> response = edge.post(EdgeRouter.query("{ seenAuthorization }"), "Authorization",
				"Bearer " + token);

		assertThat(response.statusCode()).isEqualTo(200);
	}

	private void assertUnauthenticated(String authorization) {
		HttpResponse<String> response = edge.post(EdgeRouter.query("{ seenAuthorization }"), "Authorization",
				authorization);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
		assertThat(EdgeRouter.firstErrorCode(response)).isEqualTo("UNAUTHENTICATED");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
	}

}
