package io.streamhub.users.token;

import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.streamhub.platform.security.Role;
import reactor.core.publisher.Mono;

/**
 * Issues, rotates and revokes the tokens of a login. Refresh tokens of one login form a
 * family: each refresh rotates the presented token (it stops working); presenting a
 * rotated token again is taken as theft and revokes the whole family.
 */
public interface TokenService {

	/**
	 * Starts a login: an access token and the first refresh token of a new family.
	 * @param userId the account
	 * @param roles its roles (the {@code roles} claim)
	 * @return the tokens
	 */
	Mono<TokenPair> issue(UUID userId, Set<Role> roles);

	/**
	 * Rotates a refresh token. Errors with {@code UnauthenticatedException} for unknown,
	 * expired, revoked or reused tokens (a reuse revokes the family first).
	 * @param refreshToken the presented token
	 * @param currentRoles looks up the account's current roles (they may have changed
	 * since login)
	 * @return the new tokens
	 */
	Mono<TokenPair> refresh(String refreshToken, Function<UUID, Mono<Set<Role>>> currentRoles);

	/**
	 * Revokes the family of a refresh token; unknown tokens are ignored.
	 * @param refreshToken the presented token
	 * @return completion
	 */
	Mono<Void> revoke(String refreshToken);

}
