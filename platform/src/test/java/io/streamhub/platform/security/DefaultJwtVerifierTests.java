package io.streamhub.platform.security;

import java.time.Duration;
import java.util.UUID;

import io.streamhub.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The verifier against a real JWKS endpoint served over HTTP.
 */
class DefaultJwtVerifierTests {

	private final TestTokens tokens = new TestTokens();

	private final UUID userId = UUID.randomUUID();

	private final JwtVerifier verifier = new DefaultJwtVerifier(
			RemoteJwks.of(java.net.URI.create(this.tokens.jwksUrl()), Duration.ofMinutes(5), Duration.ofMillis(1)),
			TestTokens.ISSUER, TestTokens.AUDIENCE, Duration.ofSeconds(30));

	@AfterEach
	void stopJwks() {
		this.tokens.close();
	}

	@Test
	void validTokenYieldsUserWithRolesTokenIdAndExpiry() {
		AuthenticatedUser user = this.verifier.verify(this.tokens.token(this.userId, Role.VIEWER, Role.CREATOR));

		assertThat(user.id()).isEqualTo(this.userId);
		assertThat(user.roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.CREATOR);
		assertThat(user.hasRole(Role.CREATOR)).isTrue();
		assertThat(user.isAdmin()).isFalse();
		assertThat(user.tokenId()).isNotBlank();
		assertThat(user.expiresAt()).isAfter(java.time.Instant.now());
	}

	@Test
	void adminRoleImpliesNoOtherRole() {
		AuthenticatedUser admin = this.verifier.verify(this.tokens.token(this.userId, Role.ADMIN));

		assertThat(admin.isAdmin()).isTrue();
		assertThat(admin.hasRole(Role.CREATOR)).isFalse();
	}

	@Test
	void rejectsUnsecuredAlgNoneToken() {
		assertRejected(this.tokens.algNoneToken(this.userId));
	}

	@Test
	void rejectsHs256TokenWithRandomSecret() {
		assertRejected(this.tokens.hs256Token(this.userId));
	}

	@Test
	void rejectsHs256TokenSignedWithTheRsaPublicKey() {
		assertRejected(this.tokens.hs256WithPublicKeyToken(this.userId));
	}

	@Test
	void rejectsExpiredToken() {
		assertRejected(this.tokens.expiredToken(this.userId, Role.VIEWER));
	}

	@Test
	void rejectsNotYetValidToken() {
		assertRejected(this.tokens.notYetValidToken(this.userId, Role.VIEWER));
	}

	@Test
	void toleratesExpiryWithinClockSkew() {
		String justExpired = this.tokens.token(this.userId,
				(claims) -> claims.expirationTime(java.util.Date.from(java.time.Instant.now().minusSeconds(5))),
				Role.VIEWER);

		assertThat(this.verifier.verify(justExpired).id()).isEqualTo(this.userId);
	}

	@Test
	void rejectsWrongIssuer() {
		assertRejected(this.tokens.wrongIssuerToken(this.userId));
	}

	@Test
	void rejectsWrongAudience() {
		assertRejected(this.tokens.wrongAudienceToken(this.userId));
	}

	@Test
	void rejectsTamperedSignature() {
		assertRejected(this.tokens.tamperedToken(this.userId));
	}

	@Test
	void rejectsKeyThatIsNotPublished() {
		assertRejected(this.tokens.unknownKeyToken(this.userId));
	}

	@Test
	void rejectsSubjectThatIsNotAUuid() {
		assertRejected(this.tokens.token(this.userId, (claims) -> claims.subject("alice"), Role.VIEWER));
	}

	@Test
	void rejectsGarbage() {
		assertRejected("not-a-jwt");
	}

	@Test
	void unknownKidTriggersRefetchThatFindsRotatedKey() {
		this.verifier.verify(this.tokens.token(this.userId, Role.VIEWER));
		int fetchesBefore = this.tokens.jwksRequests();

		this.tokens.rotateKey();
		AuthenticatedUser user = this.verifier.verify(this.tokens.token(this.userId, Role.VIEWER));

		assertThat(user.id()).isEqualTo(this.userId);
		assertThat(this.tokens.jwksRequests()).isEqualTo(fetchesBefore + 1);
	}

	@Test
	void knownKeysAreServedFromCache() {
		this.verifier.verify(this.tokens.token(this.userId, Role.VIEWER));
		int fetches = this.tokens.jwksRequests();

		for (int i = 0; i < 5; i++) {
			this.verifier.verify(this.tokens.token(this.userId, Role.VIEWER));
		}

		assertThat(this.tokens.jwksRequests()).isEqualTo(fetches);
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
