package io.streamhub.router.execution;

import java.util.List;
import java.util.Map;

/**
 * A subgraph's HTTP response.
 *
 * @param status the HTTP status
 * @param body the body bytes
 * @param headers the response headers
 */
public record SubgraphResponse(int status, byte[] body, Map<String, List<String>> headers) {

	public SubgraphResponse {
		headers = (headers != null) ? Map.copyOf(headers) : Map.of();
	}

}
