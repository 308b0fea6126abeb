package io.streamhub.platform.security;

/**
 * Verifies a bearer token and extracts the principal.
 */
public interface JwtVerifier {

	/**
	 * Verify a compact-serialized JWT.
	 * @param token the token, without the {@code Bearer } prefix
	 * @return the principal
	 * @throws TokenVerificationException if the token is malformed, not RS256, not signed
	 * by a known key, expired, not yet valid, or has the wrong issuer or audience
	 */
	AuthenticatedUser verify(String token) throws TokenVerificationException;

}
