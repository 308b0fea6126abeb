package io.streamhub.users.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.streamhub.platform.errors.UnauthenticatedException;
import io.streamhub.platform.security.Role;
import io.streamhub.users.config.UsersProperties;
import io.streamhub.users.token.RefreshTokenRepository.StoredRefreshToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Refresh tokens are 256 random bits (base64url); only their SHA-256 is stored. A refresh
 * locks the presented token's row, so concurrent use of one token is detected as reuse.
 * The family revocation of a reuse commits on its own (the refresh itself fails).
 */
@Service
class DefaultTokenService implements TokenService {

	private static final Logger logger = LoggerFactory.getLogger(DefaultTokenService.class);

	private static final String INVALID = "Invalid or expired refresh token";

	private static final int TOKEN_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final RefreshTokenRepository repository;

	private final AccessTokenIssuer issuer;

	private final TransactionalOperator transactions;

	private final UsersProperties properties;

	private final Clock clock;

	DefaultTokenService(RefreshTokenRepository repository, AccessTokenIssuer issuer, TransactionalOperator transactions,
			UsersProperties properties, Clock clock) {
		this.repository = repository;
		this.issuer = issuer;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Mono<TokenPair> issue(UUID userId, Set<Role> roles) {
		return newRefreshToken(userId, UUID.randomUUID()).map((refresh) -> new TokenPair(userId,
				this.issuer.issue(userId, roles), refresh.token(), refresh.expiresAt()));
	}

	@Override
	public Mono<TokenPair> refresh(String refreshToken, Function<UUID, Mono<Set<Role>>> currentRoles) {
		byte[] hash = hash(refreshToken);
		Mono<Outcome> outcome = this.repository.lock(hash)
			.flatMap((stored) -> decide(stored, hash))
			.defaultIfEmpty(new Invalid());
		return this.transactions.transactional(outcome).flatMap((result) -> complete(result, currentRoles));
	}

	@Override
	public Mono<Void> revoke(String refreshToken) {
		return this.repository.revokeFamilyOf(hash(refreshToken), this.clock.instant()).then();
	}

	private Mono<Outcome> decide(StoredRefreshToken stored, byte[] hash) {
		Instant now = this.clock.instant();
		if (stored.reused()) {
			return Mono.just(new Reused(stored.familyId(), stored.userId()));
		}
		if (!stored.usableAt(now)) {
			return Mono.just(new Invalid());
		}
		return this.repository.markRotated(hash, now)
			.then(newRefreshToken(stored.userId(), stored.familyId()))
			.map((issued) -> new Rotated(stored.userId(), issued));
	}

	private Mono<TokenPair> complete(Outcome outcome, Function<UUID, Mono<Set<Role>>> currentRoles) {
		if (outcome instanceof Rotated rotated) {
			return currentRoles.apply(rotated.userId())
				.switchIfEmpty(Mono.error(() -> new UnauthenticatedException(INVALID)))
				.map((roles) -> new TokenPair(rotated.userId(), this.issuer.issue(rotated.userId(), roles),
						rotated.issued().token(), rotated.issued().expiresAt()));
		}
		if (outcome instanceof Reused reused) {
			logger.warn("Refresh token reuse for user {}: revoking token family {}", reused.userId(),
					reused.familyId());
			return this.repository.revokeFamily(reused.familyId(), this.clock.instant())
				.then(Mono.error(new UnauthenticatedException(INVALID)));
		}
		return Mono.error(new UnauthenticatedException(INVALID));
	}

	private Mono<IssuedRefreshToken> newRefreshToken(UUID userId, UUID familyId) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.getJwt().getRefreshTokenTtl());
		String token = randomToken();
		return this.repository.insert(hash(token), familyId, userId, now, expiresAt)
			.thenReturn(new IssuedRefreshToken(token, expiresAt));
	}

	private String randomToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record IssuedRefreshToken(String token, Instant expiresAt) {
	}

	private sealed interface Outcome permits Rotated, Reused, Invalid {

	}

	private record Rotated(UUID userId, IssuedRefreshToken issued) implements Outcome {
	}

	private record Reused(UUID familyId, UUID userId) implements Outcome {
	}

	private record Invalid() implements Outcome {
	}

}
