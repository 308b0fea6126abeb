package io.streamhub.router.execution;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.streamhub.router.planning.QueryPlan;
import io.streamhub.router.planning.plan.ConditionNode;
import io.streamhub.router.planning.plan.FetchNode;
import io.streamhub.router.planning.plan.FlattenNode;
import io.streamhub.router.planning.plan.ParallelNode;
import io.streamhub.router.planning.plan.PlanNode;
import io.streamhub.router.planning.plan.PlanNodeVisitor;
import io.streamhub.router.planning.plan.SequenceNode;
import io.streamhub.router.supergraph.SubgraphInfo;
import io.streamhub.router.supergraph.Supergraph;
import org.jspecify.annotations.Nullable;

/**
 * Executes query plans: sequences chain, parallel nodes fan out, each fetch is one
 * non-blocking subgraph request (entity fetches batch all representations at their path,
 * deduplicated). Results are merged into one response tree; failures become errors, never
 * exceptions. Thread-safe.
 */
public final class PlanExecutor {

	private final Supergraph supergraph;

	private final SubgraphClient client;

	private final Duration timeout;

	private final Map<String, Duration> timeouts;

	private final RepresentationBuilder representations;

	public PlanExecutor(Supergraph supergraph, SubgraphClient client, Duration timeout) {
		this(supergraph, client, timeout, Map.of());
	}

	/**
	 * An executor with per-subgraph timeouts.
	 * @param supergraph the supergraph
	 * @param client the subgraph client
	 * @param timeout the default subgraph timeout
	 * @param timeouts timeouts by subgraph name, overriding the default
	 */
	public PlanExecutor(Supergraph supergraph, SubgraphClient client, Duration timeout,
			Map<String, Duration> timeouts) {
		this.supergraph = supergraph;
		this.client = client;
		this.timeout = timeout;
		this.timeouts = Map.copyOf(timeouts);
		this.representations = new RepresentationBuilder(supergraph);
	}

	/**
	 * Executes a plan.
	 * @param plan the plan
	 * @param rawVariables the client's variables as received (forwarded to subgraphs)
	 * @param coercedVariables the coerced variables (for {@code @skip}/{@code @include})
	 * @param headers headers for every subgraph request
	 * @return the projected result; never completes exceptionally
	 */
	public CompletableFuture<ExecutionResult> execute(QueryPlan plan, Map<String, @Nullable Object> rawVariables,
			Map<String, @Nullable Object> coercedVariables, Map<String, List<String>> headers) {
		return execute(plan, new LinkedHashMap<>(), rawVariables, coercedVariables, headers);
	}

	/**
	 * Executes a plan starting from existing data (e.g. an event turned into an entity
	 * reference).
	 * @param plan the plan
	 * @param initialData the data to start from (merged into, not copied)
	 * @param rawVariables the client's variables
	 * @param coercedVariables the coerced variables
	 * @param headers headers for every subgraph request
	 * @return the projected result; never completes exceptionally
	 */
	public CompletableFuture<ExecutionResult> execute(QueryPlan plan, Map<String, @Nullable Object> initialData,
			Map<String, @Nullable Object> rawVariables, Map<String, @Nullable Object> coercedVariables,
			Map<String, List<String>> headers) {
		State state = new State(initialData, rawVariables, coercedVariables, headers,
				!plan.operation().kind().equals("mutation"));
		CompletableFuture<Void> done = (plan.node() != null) ? run(plan.node(), state)
				: CompletableFuture.completedFuture(null);
		return done.handle((ignored, failure) -> {
			synchronized (state) {
				if (failure != null) {
					state.errors.add(new ExecutionError("Execution failed", null, Map.of("code", "INTERNAL")));
				}
				ResponseProjector projector = new ResponseProjector(coercedVariables, state.errors);
				Map<String, @Nullable Object> data = projector.project(state.data, plan.operation().rootType(),
						plan.operation().rootFields());
				return new ExecutionResult(data, state.errors);
			}
		});
	}

	private CompletableFuture<Void> run(PlanNode node, State state) {
		return node.accept(new PlanNodeVisitor<CompletableFuture<Void>>() {

			@Override
			public CompletableFuture<Void> visitFetch(FetchNode fetch) {
				return rootFetch(fetch, state);
			}

			@Override
			public CompletableFuture<Void> visitFlatten(FlattenNode flatten) {
				return entityFetch(flatten, state);
			}

			@Override
			public CompletableFuture<Void> visitSequence(SequenceNode sequence) {
				CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
				for (PlanNode child : sequence.nodes()) {
					chain = chain.thenCompose((ignored) -> run(child, state));
				}
				return chain;
			}

			@Override
			public CompletableFuture<Void> visitParallel(ParallelNode parallel) {
				CompletableFuture<?>[] children = new CompletableFuture<?>[parallel.nodes().size()];
				for (int i = 0; i < children.length; i++) {
					children[i] = run(parallel.nodes().get(i), state);
				}
				return CompletableFuture.allOf(children);
			}

			@Override
			public CompletableFuture<Void> visitCondition(ConditionNode condition) {
				boolean value = Boolean.TRUE.equals(state.coercedVariables.get(condition.variable()));
				PlanNode branch = value ? condition.ifTrue() : condition.ifFalse();
				return (branch != null) ? run(branch, state) : CompletableFuture.completedFuture(null);
			}

		});
	}

	private CompletableFuture<Void> rootFetch(FetchNode fetch, State state) {
		Map<String, @Nullable Object> variables = usedVariables(fetch, state);
		return send(fetch, variables, state).handle((result, failure) -> {
			synchronized (state) {
				if (failure != null) {
					state.errors.add(failureError(fetch.serviceName(), failure, null));
					return null;
				}
				if (result.data() != null) {
					ResponseMerger.merge(state.data, result.data());
				}
				for (Map<String, @Nullable Object> error : result.errors()) {
					state.errors.add(subgraphError(fetch.serviceName(), error, pathOf(error)));
				}
			}
			return null;
		});
	}

	private CompletableFuture<Void> entityFetch(FlattenNode flatten, State state) {
		FetchNode fetch = flatten.node();
		EntityBatch batch;
		synchronized (state) {
			batch = EntityBatch.collect(EntityTarget.collect(state.data, flatten.path()), fetch.inputs(),
					this.representations);
		}
		if (batch.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		Map<String, @Nullable Object> variables = usedVariables(fetch, state);
		variables.put("representations", batch.representations());
		return send(fetch, variables, state).handle((result, failure) -> {
			synchronized (state) {
				if (failure != null) {
					state.errors.add(failureError(fetch.serviceName(), failure, null));
					return null;
				}
				mergeEntities(fetch.serviceName(), batch, result, state);
			}
			return null;
		});
	}

	private void mergeEntities(String service, EntityBatch batch, SubgraphResult result, State state) {
		Object entities = (result.data() != null) ? result.data().get("_entities") : null;
		boolean wellFormed = entities instanceof List<?> list && list.size() == batch.size();
		if (entities != null && !wellFormed) {
			state.errors.add(new ExecutionError("Subgraph '" + service + "' returned a malformed _entities result",
					null, Map.of("code", "INTERNAL", "serviceName", service)));
		}
		if (wellFormed) {
			batch.merge((List<?>) entities);
		}
		for (Map<String, @Nullable Object> error : result.errors()) {
			state.errors.add(subgraphError(service, error, batch.repath(pathOf(error))));
		}
	}

	private Map<String, @Nullable Object> usedVariables(FetchNode fetch, State state) {
		Map<String, @Nullable Object> variables = new LinkedHashMap<>();
		for (String name : fetch.variableUsages()) {
			if (state.rawVariables.containsKey(name)) {
				variables.put(name, state.rawVariables.get(name));
			}
		}
		return variables;
	}

	private CompletableFuture<SubgraphResult> send(FetchNode fetch, Map<String, @Nullable Object> variables,
			State state) {
		SubgraphInfo subgraph = this.supergraph.subgraph(fetch.serviceName()).orElseThrow();
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("query", fetch.operation());
		if (!variables.isEmpty()) {
			body.put("variables", variables);
		}
		Duration timeout = timeoutFor(subgraph.name());
		SubgraphRequest request = new SubgraphRequest(subgraph.name(), subgraph.url(), Json.write(body), state.headers,
				timeout, state.reads);
		CompletableFuture<SubgraphResponse> response;
		try {
			response = this.client.send(request);
		}
		catch (RuntimeException ex) {
			response = CompletableFuture.failedFuture(ex);
		}
		return response.orTimeout(timeout.toMillis() + 250, TimeUnit.MILLISECONDS)
			.thenApply((answer) -> SubgraphResult.read(subgraph.name(), answer));
	}

	private Duration timeoutFor(String subgraph) {
		return this.timeouts.getOrDefault(subgraph, this.timeout);
	}

	private ExecutionError failureError(String service, Throwable failure, @Nullable List<Object> path) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		String message;
		if (cause instanceof SubgraphFailure) {
			message = cause.getMessage();
		}
		else if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
			message = "Subgraph '" + service + "' did not respond within " + timeoutFor(service).toMillis() + " ms";
		}
		else if (cause instanceof ConnectException) {
			message = "Subgraph '" + service + "' is unreachable";
		}
		else if (cause instanceof java.io.IOException && cause.getMessage() != null) {
			message = "Request to subgraph '" + service + "' failed: " + cause.getMessage();
		}
		else {
			message = "Request to subgraph '" + service + "' failed (" + cause.getClass().getSimpleName() + ")";
		}
		return new ExecutionError(message, path, Map.of("code", "INTERNAL", "serviceName", service));
	}

	private static ExecutionError subgraphError(String service, Map<String, @Nullable Object> error,
			@Nullable List<Object> path) {
		Object message = error.get("message");
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.get("extensions") instanceof Map<?, ?> original) {
			original.forEach((key, value) -> {
				if (value != null) {
					extensions.put(String.valueOf(key), value);
				}
			});
		}
		extensions.put("serviceName", service);
		return new ExecutionError((message != null) ? message.toString() : "Subgraph error", path, extensions);
	}

	private static @Nullable List<Object> pathOf(Map<String, @Nullable Object> error) {
		if (!(error.get("path") instanceof List<?> path)) {
			return null;
		}
		return new ArrayList<>(path);
	}

	/** Mutable per-request state; guarded by its own monitor. */
	private static final class State {

		final Map<String, @Nullable Object> data;

		final List<ExecutionError> errors = new ArrayList<>();

		final Map<String, @Nullable Object> rawVariables;

		final Map<String, @Nullable Object> coercedVariables;

		final Map<String, List<String>> headers;

		/**
		 * Whether the operation only reads (not a mutation): its fetches may be shared.
		 */
		final boolean reads;

		State(Map<String, @Nullable Object> data, Map<String, @Nullable Object> rawVariables,
				Map<String, @Nullable Object> coercedVariables, Map<String, List<String>> headers, boolean reads) {
			this.data = data;
			this.rawVariables = rawVariables;
			this.coercedVariables = coercedVariables;
			this.headers = headers;
			this.reads = reads;
		}

	}

}
