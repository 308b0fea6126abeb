package io.streamhub.router.execution;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of executing a plan: projected data (null when a non-null root field was
 * null) and errors.
 *
 * @param data the client data
 * @param errors the errors
 */
public record ExecutionResult(@Nullable Map<String, @Nullable Object> data, List<ExecutionError> errors) {

	public ExecutionResult {
		errors = List.copyOf(errors);
	}

}
