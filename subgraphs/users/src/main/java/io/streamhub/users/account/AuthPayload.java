package io.streamhub.users.account;

import java.time.Instant;

import io.streamhub.users.token.TokenPair;

/**
 * The GraphQL {@code AuthPayload}.
 *
 * @param accessToken the RS256 JWT
 * @param refreshToken the opaque refresh token
 * @param expiresAt when the access token expires
 * @param refreshTokenExpiresAt when the refresh token expires
 * @param user the signed-in account
 */
record AuthPayload(String accessToken, String refreshToken, Instant expiresAt, Instant refreshTokenExpiresAt,
		Account user) {

	static AuthPayload of(TokenPair tokens, Account user) {
		return new AuthPayload(tokens.accessToken().value(), tokens.refreshToken(), tokens.accessToken().expiresAt(),
				tokens.refreshTokenExpiresAt(), user);
	}

}
