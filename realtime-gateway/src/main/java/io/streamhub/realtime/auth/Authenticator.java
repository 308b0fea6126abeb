package io.streamhub.realtime.auth;

import java.util.Map;

import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.JwtVerifier;
import io.streamhub.platform.security.TokenVerificationException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the identity from a {@code connection_init} (or refreshing {@code ping}) payload:
 * {@code {"Authorization": "Bearer <jwt>"}} (the key is case-insensitive,
 * {@code authToken}/{@code token} holding the bare JWT are accepted too). No token means
 * anonymous; a token that does not verify is rejected.
 */
public final class Authenticator {

	private final JwtVerifier verifier;

	public Authenticator(JwtVerifier verifier) {
		this.verifier = verifier;
	}

	/**
	 * Authenticates a payload.
	 * @param payload the message payload (may be {@code null})
	 * @return the identity
	 * @throws RejectedException when a token is present but invalid
	 */
	public Identity authenticate(@Nullable Object payload) {
		String token = token(payload);
		if (token == null) {
			return Identity.anonymous();
		}
		try {
			AuthenticatedUser user = this.verifier.verify(token);
			return new Identity(user, "Bearer " + token);
		}
		catch (TokenVerificationException ex) {
			throw new RejectedException("Invalid token: " + ex.getMessage());
		}
	}

	/**
	 * Whether a payload carries a token at all.
	 * @param payload the payload
	 * @return {@code true} if it has one
	 */
	public static boolean hasToken(@Nullable Object payload) {
		return token(payload) != null;
	}

	private static @Nullable String token(@Nullable Object payload) {
		if (!(payload instanceof Map<?, ?> map)) {
			return null;
		}
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String key = String.valueOf(entry.getKey());
			if (!(entry.getValue() instanceof String value) || value.isBlank()) {
				continue;
			}
			if (key.equalsIgnoreCase("authorization")) {
				return value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).trim() : value.trim();
			}
			if (key.equals("authToken") || key.equals("token")) {
				return value.trim();
			}
		}
		return null;
	}

	/**
	 * A token was given but does not verify.
	 */
	public static final class RejectedException extends RuntimeException {

		RejectedException(String message) {
			super(message);
		}

	}

}
