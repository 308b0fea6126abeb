package io.streamhub.router.conformance.subgraph;

import java.util.Map;

/**
 * A GraphQL request a fixture subgraph received.
 *
 * @param subgraph the subgraph that received it
 * @param query the operation text
 * @param variables the variables (empty when none were sent)
 */
public record RecordedRequest(String subgraph, String query, Map<String, Object> variables) {

	public boolean isEntityFetch() {
		return this.query.contains("_entities");
	}

}
