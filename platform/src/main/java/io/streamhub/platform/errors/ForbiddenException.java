package io.streamhub.platform.errors;

/**
 * The caller may not do this: reported with code {@code FORBIDDEN}.
 */
public final class ForbiddenException extends StreamhubException {

	/**
	 * Create the exception.
	 * @param message shown to the client
	 */
	public ForbiddenException(String message) {
		super(ErrorCode.FORBIDDEN, message);
	}

}
