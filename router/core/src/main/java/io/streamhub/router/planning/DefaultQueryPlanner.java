package io.streamhub.router.planning;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.streamhub.router.planning.fetch.FetchPlanner;
import io.streamhub.router.planning.fetch.FetchPlanningException;
import io.streamhub.router.planning.graph.QueryGraph;
import io.streamhub.router.planning.normalize.DocumentValidator;
import io.streamhub.router.planning.normalize.NormalizedOperation;
import io.streamhub.router.planning.normalize.OperationNormalizer;
import io.streamhub.router.planning.normalize.OperationSelector;
import io.streamhub.router.supergraph.Supergraph;
import org.jspecify.annotations.Nullable;

/**
 * The staged planner: parse and validate against the API schema, select the operation,
 * normalize it, build the fetch graph over the query graph, assemble plan nodes.
 * Stateless apart from the per-supergraph query graph; thread-safe. Caching is the
 * caller's business (see {@link io.streamhub.router.RouterEngine}).
 */
public final class DefaultQueryPlanner implements QueryPlanner {

	private final Supergraph supergraph;

	private final DocumentValidator validator;

	private final OperationNormalizer normalizer;

	private final FetchPlanner fetchPlanner;

	public DefaultQueryPlanner(Supergraph supergraph) {
		this.supergraph = supergraph;
		this.validator = new DocumentValidator(supergraph.apiSchema());
		this.normalizer = new OperationNormalizer(supergraph.apiSchema());
		this.fetchPlanner = new FetchPlanner(new QueryGraph(supergraph));
	}

	@Override
	public QueryPlan plan(String document, @Nullable String operationName) {
		return plan(this.validator.parse(document), operationName);
	}

	@Override
	public QueryPlan plan(Document document, @Nullable String operationName) {
		this.validator.validate(document);
		OperationDefinition operation = OperationSelector.select(document, operationName);
		NormalizedOperation normalized = this.normalizer.normalize(document, operation);
		try {
			return new QueryPlan(normalized, this.fetchPlanner.plan(normalized));
		}
		catch (FetchPlanningException ex) {
			throw new QueryPlanningException(ex.getMessage(), ex);
		}
	}

	public Supergraph supergraph() {
		return this.supergraph;
	}

}
