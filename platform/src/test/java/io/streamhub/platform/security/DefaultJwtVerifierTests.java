package io.streamhub.platform.security;

import java.time.Duration;
import java.util.UUID;

import io.streamhub.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The verifier against a real JWKS endpoint served over HTTP.
 */
class DefaultJwtVerifierTests {

	// one key pair for the class: RSA key generation is the slow part of these tests
	private static final TestTokens tokens = new TestTokens();

	private final UUID userId = UUID.randomUUID();

	private final JwtVerifier verifier = new DefaultJwtVerifier(RemoteJwks
		.of(java.net.URI.create(DefaultJwtVerifierTests.tokens.jwksUrl()), Duration.ofMinutes(5), Duration.ofMillis(1)),
			TestTokens.ISSUER, TestTokens.AUDIENCE, Duration.ofSeconds(30));

	@AfterAll
	static void stopJwks() {
		tokens.close();
	}

	@Test
	void validTokenYieldsUserWithRolesTokenIdAndExpiry() {
		AuthenticatedUser user = this.verifier.verify(tokens.token(this.userId, Role.VIEWER, Role.CREATOR));

		assertThat(user.id()).isEqualTo(this.userId);
		assertThat(user.roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.CREATOR);
		assertThat(user.hasRole(Role.CREATOR)).isTrue();
		assertThat(user.isAdmin()).isFalse();
		assertThat(user.tokenId()).isNotBlank();
		assertThat(user.expiresAt()).isAfter(java.time.Instant.now());
	}

	@Test
	void adminRoleImpliesNoOtherRole() {
		AuthenticatedUser admin = this.verifier.verify(tokens.token(this.userId, Role.ADMIN));

		assertThat(admin.isAdmin()).isTrue();
		assertThat(admin.hasRole(Role.CREATOR)).isFalse();
	}

	@Test
	void rejectsUnsecuredAlgNoneToken() {
		assertRejected(tokens.algNoneToken(this.userId));
	}

	@Test
	void rejectsHs256TokenWithRandomSecret() {
		assertRejected(tokens.hs256Token(this.userId));
	}

	@Test
	void rejectsHs256TokenSignedWithTheRsaPublicKey() {
		assertRejected(tokens.hs256WithPublicKeyToken(this.userId));
	}

	@Test
	void rejectsExpiredToken() {
		assertRejected(tokens.expiredToken(this.userId, Role.VIEWER));
	}

	@Test
	void rejectsNotYetValidToken() {
		assertRejected(tokens.notYetValidToken(this.userId, Role.VIEWER));
	}

	@Test
	void toleratesExpiryWithinClockSkew() {
		String justExpired = tokens.token(this.userId,
				(claims) -> claims.expirationTime(java.util.Date.from(java.time.Instant.now().minusSeconds(5))),
				Role.VIEWER);

		assertThat(this.verifier.verify(justExpired).id()).isEqualTo(this.userId);
	}

	@Test
	void rejectsWrongIssuer() {
		assertRejected(tokens.wrongIssuerToken(this.userId));
	}

	@Test
	void rejectsWrongAudience() {
		assertRejected(tokens.wrongAudienceToken(this.userId));
	}

	@Test
	void rejectsTamperedSignature() {
		assertRejected(tokens.tamperedToken(this.userId));
	}

	@Test
	void rejectsKeyThatIsNotPublished() {
		assertRejected(tokens.unknownKeyToken(this.userId));
	}

	@Test
	void rejectsSubjectThatIsNotAUuid() {
		assertRejected(tokens.token(this.userId, (claims) -> claims.subject("alice"), Role.VIEWER));
	}

	@Test
	void rejectsGarbage() {
		assertRejected("not-a-jwt");
	}

	@Test
	void unknownKidTriggersRefetchThatFindsRotatedKey() {
		this.verifier.verify(tokens.token(this.userId, Role.VIEWER));
		int fetchesBefore = tokens.jwksRequests();

		tokens.rotateKey();
		AuthenticatedUser user = this.verifier.verify(tokens.token(this.userId, Role.VIEWER));

		assertThat(user.id()).isEqualTo(this.userId);
		assertThat(tokens.jwksRequests()).isEqualTo(fetchesBefore + 1);
	}

	@Test
	void knownKeysAreServedFromCache() {
		this.verifier.verify(tokens.token(this.userId, Role.VIEWER));
		int fetches = tokens.jwksRequests();

		for (int i = 0; i < 5; i++) {
			this.verifier.verify(tokens.token(this.userId, Role.VIEWER));
		}

		assertThat(tokens.jwksRequests()).isEqualTo(fetches);
	}

	@Test
	void refetchesForUnknownKidsAreRateLimited() {
		TestTokens limitedTokens = new TestTokens();
		try {
			JwtVerifier limited = new DefaultJwtVerifier(RemoteJwks.of(java.net.URI.create(limitedTokens.jwksUrl()),
					Duration.ofMinutes(5), Duration.ofMinutes(1)), TestTokens.ISSUER, TestTokens.AUDIENCE,
					Duration.ofSeconds(30));
			limited.verify(limitedTokens.token(this.userId, Role.VIEWER));

			for (int i = 0; i < 5; i++) {
				String forged = limitedTokens.unknownKeyToken(this.userId);
				assertThatExceptionOfType(TokenVerificationException.class).isThrownBy(() -> limited.verify(forged));
			}

			assertThat(limitedTokens.jwksRequests()).isLessThanOrEqualTo(3);
		}
		finally {
			limitedTokens.close();
		}
	}

	private void assertRejected(String token) {
		assertThatExceptionOfType(TokenVerificationException.class).isThrownBy(() -> this.verifier.verify(token));
	}

}
