package io.streamhub.router.planning.normalize;

import java.util.List;

import graphql.language.SourceLocation;

/**
 * Why an operation cannot be planned.
 *
 * @param message the client-facing message
 * @param locations where in the document
 * @param code the {@code extensions.code}
 */
public record OperationError(String message, List<SourceLocation> locations, String code) {

	public OperationError {
		locations = List.copyOf(locations);
	}

}
