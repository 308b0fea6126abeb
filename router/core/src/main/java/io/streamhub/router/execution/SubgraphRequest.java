package io.streamhub.router.execution;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One request to a subgraph.
 *
 * @param subgraph the subgraph name
 * @param url the subgraph URL
 * @param body the JSON body ({@code {"query":…,"variables":…}})
 * @param headers headers to send as-is
 * @param timeout the request timeout
 */
public record SubgraphRequest(String subgraph, URI url, byte[] body, Map<String, List<String>> headers,
		Duration timeout) {

	public SubgraphRequest {
		headers = (headers != null) ? Map.copyOf(headers) : Map.of();
	}

}
