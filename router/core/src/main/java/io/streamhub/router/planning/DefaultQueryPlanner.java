package io.streamhub.router.planning;

import graphql.language.Document;
import io.streamhub.router.supergraph.Supergraph;
import org.jspecify.annotations.Nullable;

/**
 * The staged planner: parse and validate, normalize, then build the fetch graph and the
 * plan nodes.
 */
public final class DefaultQueryPlanner implements QueryPlanner {

	private final Supergraph supergraph;

	public DefaultQueryPlanner(Supergraph supergraph) {
		this.supergraph = supergraph;
	}

	@Override
	public QueryPlan plan(String document, @Nullable String operationName) {
		throw new QueryPlanningException("not implemented yet");
	}

	@Override
	public QueryPlan plan(Document document, @Nullable String operationName) {
		throw new QueryPlanningException("not implemented yet");
	}

	public Supergraph supergraph() {
		return this.supergraph;
	}

}
