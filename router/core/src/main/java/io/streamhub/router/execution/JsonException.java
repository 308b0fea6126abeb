package io.streamhub.router.execution;

/**
 * A JSON document that cannot be read.
 */
public class JsonException extends RuntimeException {

	public JsonException(String message) {
		super(message);
	}

	public JsonException(String message, Throwable cause) {
		super(message, cause);
	}

}
