package io.streamhub.platform.security;

/**
 * A token was rejected. The message says why, in terms safe to log (never the token
 * itself).
 */
public class TokenVerificationException extends RuntimeException {

	/**
	 * Create the exception.
	 * @param message why the token was rejected
	 * @param cause the underlying failure, if any
	 */
	public TokenVerificationException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * Create the exception.
	 * @param message why the token was rejected
	 */
	public TokenVerificationException(String message) {
		super(message);
	}

}
