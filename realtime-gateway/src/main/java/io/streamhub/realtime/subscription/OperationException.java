package io.streamhub.realtime.subscription;

import java.util.List;

import io.streamhub.router.GraphQlError;

/**
 * An operation that cannot run: its GraphQL errors go to the client in an {@code error}
 * message.
 */
public final class OperationException extends RuntimeException {

	private final List<GraphQlError> errors;

	public OperationException(List<GraphQlError> errors) {
		super(errors.isEmpty() ? "Invalid operation" : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public static OperationException of(String message, String code) {
		return new OperationException(List.of(GraphQlError.of(message, code)));
	}

	public List<GraphQlError> errors() {
		return this.errors;
	}

}
