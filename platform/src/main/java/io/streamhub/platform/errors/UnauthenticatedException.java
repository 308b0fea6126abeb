package io.streamhub.platform.errors;

/**
 * No valid credentials: reported with code {@code UNAUTHENTICATED}.
 */
public final class UnauthenticatedException extends StreamhubException {

	/**
	 * Create the exception.
	 * @param message shown to the client
	 */
	public UnauthenticatedException(String message) {
		super(ErrorCode.UNAUTHENTICATED, message);
	}

}
