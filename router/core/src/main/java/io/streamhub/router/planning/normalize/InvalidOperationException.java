package io.streamhub.router.planning.normalize;

import java.util.List;

/**
 * The document does not parse, does not validate against the API schema, or names no
 * runnable operation.
 */
public class InvalidOperationException extends RuntimeException {

	private final List<OperationError> errors;

	public InvalidOperationException(List<OperationError> errors) {
		super(errors.isEmpty() ? "Invalid operation" : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public InvalidOperationException(String message, String code) {
		this(List.of(new OperationError(message, List.of(), code)));
	}

	public List<OperationError> errors() {
		return this.errors;
	}

}
