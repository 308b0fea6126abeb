package io.streamhub.router.execution;

/**
 * A subgraph request that produced no usable GraphQL response (transport error, timeout,
 * HTTP error without GraphQL errors, invalid JSON, wrong shape).
 */
class SubgraphFailure extends RuntimeException {

	SubgraphFailure(String message) {
		super(message, null, false, false);
	}

}
