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
 * @param deduplicable whether an identical request in flight may answer this one too (a
 * read: fetches of queries, never of mutations)
 */
public record SubgraphRequest(String subgraph, URI url, byte[] body, Map<String, List<String>> headers,
		Duration timeout, boolean deduplicable) {

	public SubgraphRequest {
		headers = (headers != null) ? Map.copyOf(headers) : Map.of();
	}

	/**
	 * A request that is never answered by another one in flight.
	 * @param subgraph the subgraph name
	 * @param url the subgraph URL
	 * @param body the JSON body
	 * @param headers headers to send as-is
	 * @param timeout the request timeout
	 */
	public SubgraphRequest(String subgraph, URI url, byte[] body, Map<String, List<String>> headers, Duration timeout) {
		this(subgraph, url, body, headers, timeout, false);
	}

}
