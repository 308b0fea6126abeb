package io.streamhub.realtime.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.streamhub.router.planning.plan.ConditionNode;
import io.streamhub.router.planning.plan.FetchNode;
import io.streamhub.router.planning.plan.FlattenNode;
import io.streamhub.router.planning.plan.ParallelNode;
import io.streamhub.router.planning.plan.PlanNode;
import io.streamhub.router.planning.plan.PlanNodeVisitor;
import io.streamhub.router.planning.plan.SequenceNode;
import org.jspecify.annotations.Nullable;

/**
 * Splits a subscription plan into the root fetch to the realtime subgraph (answered by
 * events instead of a request) and the rest (the entity fetches run for each event).
 */
final class RootFetchSplitter implements PlanNodeVisitor<@Nullable PlanNode> {

	private final String subgraph;

	private @Nullable FetchNode rootFetch;

	private RootFetchSplitter(String subgraph) {
		this.subgraph = subgraph;
	}

	/**
	 * Splits a plan.
	 * @param plan the plan's root node
	 * @param subgraph the realtime subgraph's name
	 * @return the root fetch and the remaining plan
	 * @throws IllegalArgumentException when the plan has no root fetch to the subgraph
	 */
	static Split split(PlanNode plan, String subgraph) {
		RootFetchSplitter splitter = new RootFetchSplitter(subgraph);
		PlanNode rest = plan.accept(splitter);
		if (splitter.rootFetch == null) {
			throw new IllegalArgumentException("The plan has no root fetch to subgraph '" + subgraph + "'");
		}
		return new Split(splitter.rootFetch, rest);
	}

	@Override
	public @Nullable PlanNode visitFetch(FetchNode fetch) {
		if (!fetch.isEntityFetch() && fetch.serviceName().equals(this.subgraph)) {
			this.rootFetch = fetch;
			return null;
		}
		return fetch;
	}

	@Override
	public @Nullable PlanNode visitFlatten(FlattenNode flatten) {
		return flatten;
	}

	@Override
	public @Nullable PlanNode visitSequence(SequenceNode sequence) {
		List<PlanNode> nodes = children(sequence.nodes());
		return nodes.isEmpty() ? null : (nodes.size() == 1) ? nodes.get(0) : new SequenceNode(nodes);
	}

	@Override
	public @Nullable PlanNode visitParallel(ParallelNode parallel) {
		List<PlanNode> nodes = children(parallel.nodes());
		return nodes.isEmpty() ? null : (nodes.size() == 1) ? nodes.get(0) : new ParallelNode(nodes);
	}

	@Override
	public @Nullable PlanNode visitCondition(ConditionNode condition) {
		PlanNode ifTrue = (condition.ifTrue() != null) ? condition.ifTrue().accept(this) : null;
		PlanNode ifFalse = (condition.ifFalse() != null) ? condition.ifFalse().accept(this) : null;
		return (ifTrue == null && ifFalse == null) ? null : new ConditionNode(condition.variable(), ifTrue, ifFalse);
	}

	private List<PlanNode> children(List<PlanNode> nodes) {
		List<PlanNode> result = new ArrayList<>();
		for (PlanNode node : nodes) {
			PlanNode kept = node.accept(this);
			if (kept != null) {
				result.add(kept);
			}
		}
		return result;
	}

	/**
	 * A split plan.
	 *
	 * @param rootFetch the root fetch to the realtime subgraph
	 * @param rest what runs after it, {@code null} when nothing does
	 */
	record Split(FetchNode rootFetch, @Nullable PlanNode rest) {

		Split {
			Objects.requireNonNull(rootFetch);
		}

	}

}
