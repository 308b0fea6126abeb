package io.streamhub.platform.errors;

import java.util.Map;

/**
 * Invalid input: reported with code {@code BAD_USER_INPUT} and {@code extensions.field}.
 */
public final class BadUserInputException extends StreamhubException {

	private final String field;

	/**
	 * Create an exception for an invalid field.
	 * @param field the argument or input field path, e.g. {@code "input.title"}
	 * @param message what is wrong, shown to the client
	 */
	public BadUserInputException(String field, String message) {
		super(ErrorCode.BAD_USER_INPUT, message);
		this.field = field;
	}

	/**
	 * The offending field.
	 * @return the field name reported as {@code extensions.field}
	 */
	public String field() {
		return this.field;
	}

	@Override
	Map<String, Object> additionalExtensions() {
		return Map.of("field", this.field);
	}

}
