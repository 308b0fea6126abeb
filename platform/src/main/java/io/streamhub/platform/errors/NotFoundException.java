package io.streamhub.platform.errors;

/**
 * The requested thing does not exist or is not visible: reported with code
 * {@code NOT_FOUND}.
 */
public final class NotFoundException extends StreamhubException {

	/**
	 * Create the exception.
	 * @param message shown to the client
	 */
	public NotFoundException(String message) {
		super(ErrorCode.NOT_FOUND, message);
	}

}
