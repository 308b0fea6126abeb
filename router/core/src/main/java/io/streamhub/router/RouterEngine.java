package io.streamhub.router;

import java.util.concurrent.CompletableFuture;

import io.streamhub.router.execution.SubgraphClient;
import io.streamhub.router.planning.DefaultQueryPlanner;
import io.streamhub.router.planning.QueryPlan;
import io.streamhub.router.supergraph.Supergraph;
import org.jspecify.annotations.Nullable;

/**
 * The federation engine: plans operations over a supergraph (with a bounded plan cache)
 * and executes them against the subgraphs. Thread-safe; create one per supergraph and
 * share it.
 */
public final class RouterEngine {

	private final Supergraph supergraph;

	private final SubgraphClient client;

	private final RouterOptions options;

	private final DefaultQueryPlanner planner;

	private RouterEngine(Supergraph supergraph, SubgraphClient client, RouterOptions options) {
		this.supergraph = supergraph;
		this.client = client;
		this.options = options;
		this.planner = new DefaultQueryPlanner(supergraph);
	}

	/**
	 * Creates an engine.
	 * @param supergraph the supergraph
	 * @param client the subgraph client (e.g.
	 * {@link io.streamhub.router.execution.HttpSubgraphClient})
	 * @param options the options
	 * @return the engine
	 */
	public static RouterEngine create(Supergraph supergraph, SubgraphClient client, RouterOptions options) {
		return new RouterEngine(supergraph, client, options);
	}

	/**
	 * Executes a request. Never completes exceptionally: every failure becomes a GraphQL
	 * error.
	 * @param request the request
	 * @param context the request context
	 * @return the response
	 */
	public CompletableFuture<GraphQlResponse> execute(GraphQlRequest request, RequestContext context) {
		return CompletableFuture
			.completedFuture(GraphQlResponse.ofErrors(GraphQlError.of("not implemented", "INTERNAL")));
	}

	/**
	 * Plans an operation (cached).
	 * @param document the document
	 * @param operationName the operation name
	 * @return the plan
	 * @throws GraphQlRequestException for invalid documents or unknown operations
	 */
	public QueryPlan plan(String document, @Nullable String operationName) {
		return this.planner.plan(document, operationName);
	}

	public Supergraph supergraph() {
		return this.supergraph;
	}

	public RouterOptions options() {
		return this.options;
	}

	SubgraphClient client() {
		return this.client;
	}

}
