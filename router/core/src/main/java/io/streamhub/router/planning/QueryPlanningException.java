package io.streamhub.router.planning;

/**
 * A valid operation for which no plan exists over the supergraph (a field no subgraph can
 * reach).
 */
public class QueryPlanningException extends RuntimeException {

	public QueryPlanningException(String message) {
		super(message);
	}

	public QueryPlanningException(String message, Throwable cause) {
		super(message, cause);
	}

}
