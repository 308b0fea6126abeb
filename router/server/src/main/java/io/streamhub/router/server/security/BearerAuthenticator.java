package io.streamhub.router.server.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.JwtVerifier;
import io.streamhub.platform.security.TokenVerificationException;
import io.streamhub.router.server.runtime.Rejection;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpStatus;

/**
 * Authenticates a request from its {@code Authorization} header: no header is anonymous,
 * a valid bearer token is its user, anything else is a 401 {@code UNAUTHENTICATED}.
 * Verified tokens are remembered until they expire, so the hot path costs a map lookup; a
 * first verification runs off the event loop, because it may fetch the JWKS.
 */
public final class BearerAuthenticator {

	private static final String PREFIX = "bearer ";

	private final @Nullable JwtVerifier verifier;

	private final Cache<String, AuthenticatedUser> verified;

	/**
	 * Creates the authenticator.
	 * @param verifier the verifier, or {@code null} to forward tokens unverified (every
	 * request is then anonymous to the router)
	 * @param cacheSize how many verified tokens to remember
	 */
	public BearerAuthenticator(@Nullable JwtVerifier verifier, int cacheSize) {
		this.verifier = verifier;
		this.verified = Caffeine.newBuilder().maximumSize(cacheSize).expireAfter(new UntilExpiry()).build();
	}

	/**
	 * Whether tokens are verified at all.
	 * @return {@code false} when no JWKS is configured
	 */
	public boolean verifies() {
		return this.verifier != null;
	}

	/**
	 * Authenticates.
	 * @param authorization the {@code Authorization} header, if any
	 * @return the user, empty for anonymous requests; a {@link Rejection} for an invalid
	 * or expired token
	 */
	public Mono<Optional<AuthenticatedUser>> authenticate(@Nullable String authorization) {
		JwtVerifier verifier = this.verifier;
		if (authorization == null || verifier == null) {
			return Mono.just(Optional.empty());
		}
		if (authorization.length() <= PREFIX.length()
				|| !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return Mono.error(unauthenticated("The Authorization header must be 'Bearer <token>'"));
		}
		String token = authorization.substring(PREFIX.length()).trim();
		AuthenticatedUser known = this.verified.getIfPresent(token);
		if (known != null && known.expiresAt().isAfter(Instant.now())) {
			return Mono.just(Optional.of(known));
		}
		return Mono.fromCallable(() -> verify(verifier, token)).subscribeOn(Schedulers.boundedElastic());
	}

	private Optional<AuthenticatedUser> verify(JwtVerifier verifier, String token) {
		try {
			AuthenticatedUser user = verifier.verify(token);
			this.verified.put(token, user);
			return Optional.of(user);
		}
		catch (TokenVerificationException ex) {
			throw unauthenticated("Invalid or expired token");
		}
	}

	private static Rejection unauthenticated(String message) {
		return Rejection.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", message)
			.withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
	}

	private static final class UntilExpiry implements Expiry<String, AuthenticatedUser> {

		@Override
		public long expireAfterCreate(String key, AuthenticatedUser value, long currentTime) {
			return Math.max(0, Duration.between(Instant.now(), value.expiresAt()).toNanos());
		}

		@Override
		public long expireAfterUpdate(String key, AuthenticatedUser value, long currentTime, long currentDuration) {
			return expireAfterCreate(key, value, currentTime);
		}

		@Override
		public long expireAfterRead(String key, AuthenticatedUser value, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

}
