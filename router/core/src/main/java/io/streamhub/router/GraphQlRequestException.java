package io.streamhub.router;

import java.util.List;

/**
 * A request that cannot execute (syntax, validation, operation selection, variables):
 * carries the GraphQL errors to return to the client.
 */
public class GraphQlRequestException extends RuntimeException {

	private final List<GraphQlError> errors;

	public GraphQlRequestException(List<GraphQlError> errors) {
		super(errors.isEmpty() ? "Invalid request" : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public List<GraphQlError> errors() {
		return this.errors;
	}

}
