package io.streamhub.router.execution;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An error raised while executing a plan (subgraph errors re-pathed, failed fetches, null
 * propagation).
 *
 * @param message the message
 * @param path the client response path, if known
 * @param extensions the extensions ({@code code}, {@code serviceName}, ...)
 */
public record ExecutionError(String message, @Nullable List<Object> path, Map<String, Object> extensions) {

	public ExecutionError {
		path = (path != null) ? List.copyOf(path) : null;
		extensions = Map.copyOf(extensions);
	}

}
