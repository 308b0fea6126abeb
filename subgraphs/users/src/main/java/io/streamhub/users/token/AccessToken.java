package io.streamhub.users.token;

import java.time.Instant;

/**
 * A signed access token.
 *
 * @param value the compact JWT
 * @param tokenId its {@code jti}
 * @param expiresAt its {@code exp}
 */
public record AccessToken(String value, String tokenId, Instant expiresAt) {
}
