package io.streamhub.router.schema;

/**
 * The API schema derived from a supergraph is not a valid GraphQL schema.
 */
public class ApiSchemaException extends RuntimeException {

	public ApiSchemaException(String message, Throwable cause) {
		super(message, cause);
	}

}
