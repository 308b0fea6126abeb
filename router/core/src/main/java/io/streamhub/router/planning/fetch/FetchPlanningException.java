package io.streamhub.router.planning.fetch;

/**
 * The fetch graph cannot be built: a field no subgraph can reach from where it is
 * selected.
 */
public class FetchPlanningException extends RuntimeException {

	public FetchPlanningException(String message) {
		super(message);
	}

}
