package io.streamhub.router;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphQLException;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import io.streamhub.router.execution.ExecutionError;
import io.streamhub.router.execution.ExecutionResult;
import io.streamhub.router.execution.PlanExecutor;
import io.streamhub.router.execution.SubgraphClient;
import io.streamhub.router.planning.DefaultQueryPlanner;
import io.streamhub.router.planning.QueryPlan;
import io.streamhub.router.planning.QueryPlanningException;
import io.streamhub.router.planning.normalize.InvalidOperationException;
import io.streamhub.router.planning.normalize.NormalizedOperation;
import io.streamhub.router.planning.normalize.OperationError;
import io.streamhub.router.schema.IntrospectionExecutor;
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

	private final PlanExecutor executor;

	private final IntrospectionExecutor introspection;

	private final @Nullable Cache<PlanKey, QueryPlan> plans;

	private RouterEngine(Supergraph supergraph, SubgraphClient client, RouterOptions options) {
		this.supergraph = supergraph;
		this.client = client;
		this.options = options;
		this.planner = new DefaultQueryPlanner(supergraph);
		this.executor = new PlanExecutor(supergraph, client, options.subgraphTimeout(), options.subgraphTimeouts());
		this.introspection = new IntrospectionExecutor(supergraph.apiSchema());
		this.plans = (options.planCacheSize() > 0) ? Caffeine.newBuilder().maximumSize(options.planCacheSize()).build()
				: null;
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
	 * @param context the request context (headers forwarded to every subgraph)
	 * @return the response
	 */
	public CompletableFuture<GraphQlResponse> execute(GraphQlRequest request, RequestContext context) {
		try {
			QueryPlan plan = plan(request.query(), request.operationName());
			return execute(plan, request, context);
		}
		catch (GraphQlRequestException ex) {
			return CompletableFuture.completedFuture(GraphQlResponse.ofErrors(ex.errors()));
		}
		catch (RuntimeException ex) {
			return CompletableFuture.completedFuture(GraphQlResponse.ofErrors(internalError()));
		}
	}

	private CompletableFuture<GraphQlResponse> execute(QueryPlan plan, GraphQlRequest request, RequestContext context) {
		NormalizedOperation operation = plan.operation();
		if (operation.kind().equals("subscription")) {
			return CompletableFuture.completedFuture(GraphQlResponse.ofErrors(GraphQlError
				.of("Subscriptions are served by the realtime gateway over WebSocket", "BAD_USER_INPUT")));
		}
		if (operation.hasIntrospection() && !this.options.introspectionEnabled()) {
			return CompletableFuture
				.completedFuture(GraphQlResponse.ofErrors(GraphQlError.of("Introspection is disabled", "FORBIDDEN")));
		}
		Map<String, @Nullable Object> coerced = coerceVariables(operation, request.variables());
		IntrospectionExecutor.Result introspected = operation.hasIntrospection()
				? this.introspection.execute(operation.document(), operation.definition(), request.variables()) : null;
		return this.executor.execute(plan, request.variables(), coerced, context.headers())
			.thenApply((result) -> toResponse(result, introspected))
			.exceptionally((failure) -> GraphQlResponse.of(null, List.of(internalError())));
	}

	private Map<String, @Nullable Object> coerceVariables(NormalizedOperation operation,
			Map<String, @Nullable Object> variables) {
		if (operation.variableDefinitions().isEmpty()) {
			return Map.of();
		}
		try {
			CoercedVariables coerced = ValuesResolver.coerceVariableValues(this.supergraph.apiSchema(),
					operation.variableDefinitions(), RawVariables.of(variables), GraphQLContext.getDefault(),
					Locale.ROOT);
			return coerced.toMap();
		}
		catch (GraphQLException ex) {
			String message = (ex.getMessage() != null) ? ex.getMessage() : "Invalid variables";
			List<graphql.language.SourceLocation> locations = (ex instanceof GraphQLError error) ? error.getLocations()
					: null;
			throw new GraphQlRequestException(
					List.of(new GraphQlError(message, null, locations, Map.of("code", "BAD_USER_INPUT"))));
		}
	}

	private static GraphQlResponse toResponse(ExecutionResult result,
			IntrospectionExecutor.@Nullable Result introspected) {
		List<GraphQlError> errors = new ArrayList<>();
		for (ExecutionError error : result.errors()) {
			errors.add(new GraphQlError(error.message(), error.path(), null, error.extensions()));
		}
		Map<String, @Nullable Object> data = result.data();
		if (introspected != null) {
			for (GraphQLError error : introspected.errors()) {
				errors.add(new GraphQlError(error.getMessage(), error.getPath(), error.getLocations(),
						Map.of("code", "BAD_USER_INPUT")));
			}
			if (data != null) {
				data = new LinkedHashMap<>(data);
				data.putAll(introspected.data());
			}
		}
		return GraphQlResponse.of(data, errors);
	}

	private static GraphQlError internalError() {
		return GraphQlError.of("Internal router error", "INTERNAL");
	}

	/**
	 * Plans an operation (cached per document text and operation name, bounded).
	 * @param document the document
	 * @param operationName the operation name
	 * @return the plan
	 * @throws GraphQlRequestException for invalid documents, unknown operations or
	 * unplannable ones
	 */
	public QueryPlan plan(String document, @Nullable String operationName) {
		PlanKey key = new PlanKey(document, operationName);
		QueryPlan cached = (this.plans != null) ? this.plans.getIfPresent(key) : null;
		if (cached != null) {
			return cached;
		}
		QueryPlan plan = planUncached(document, operationName);
		if (this.plans != null) {
			this.plans.put(key, plan);
		}
		return plan;
	}

	private QueryPlan planUncached(String document, @Nullable String operationName) {
		try {
			return this.planner.plan(document, operationName);
		}
		catch (InvalidOperationException ex) {
			List<GraphQlError> errors = new ArrayList<>();
			for (OperationError error : ex.errors()) {
				errors.add(new GraphQlError(error.message(), null,
						error.locations().isEmpty() ? null : error.locations(), Map.of("code", error.code())));
			}
			throw new GraphQlRequestException(errors);
		}
		catch (QueryPlanningException ex) {
			throw new GraphQlRequestException(List.of(GraphQlError.of(ex.getMessage(), "INTERNAL")));
		}
	}

	/**
	 * The number of cached plans (approximate).
	 * @return the cache size
	 */
	public long cachedPlanCount() {
		return (this.plans != null) ? this.plans.estimatedSize() : 0;
	}

	public Supergraph supergraph() {
		return this.supergraph;
	}

	public RouterOptions options() {
		return this.options;
	}

	public PlanExecutor executor() {
		return this.executor;
	}

	SubgraphClient client() {
		return this.client;
	}

	private record PlanKey(String document, @Nullable String operationName) {
	}

}
