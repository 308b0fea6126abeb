package io.streamhub.router;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Per-request context given to the engine by its host.
 *
 * @param headers headers forwarded to every subgraph request as-is (the host decides
 * which)
 * @param principal the authenticated principal, if any (opaque to the engine)
 */
public record RequestContext(Map<String, List<String>> headers, @Nullable Object principal) {

	public RequestContext {
		headers = (headers != null) ? Map.copyOf(headers) : Map.of();
	}

	/**
	 * A context with no headers and no principal.
	 * @return the empty context
	 */
	public static RequestContext empty() {
		return new RequestContext(Map.of(), null);
	}

}
