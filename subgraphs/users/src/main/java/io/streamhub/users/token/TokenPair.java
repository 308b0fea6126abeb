package io.streamhub.users.token;

import java.time.Instant;
import java.util.UUID;

/**
 * What a login or a refresh hands to the client.
 *
 * @param userId the account the tokens belong to
 * @param accessToken the access token
 * @param refreshToken the opaque refresh token (only its hash is stored)
 * @param refreshTokenExpiresAt when the refresh token stops working
 */
public record TokenPair(UUID userId, AccessToken accessToken, String refreshToken, Instant refreshTokenExpiresAt) {
}
