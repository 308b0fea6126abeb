package io.streamhub.router.planning.plan;

/**
 * Visitor over {@link PlanNode}s (Java 17 has no pattern switch).
 *
 * @param <R> the result type
 */
public interface PlanNodeVisitor<R> {

	R visitFetch(FetchNode node);

	R visitFlatten(FlattenNode node);

	R visitSequence(SequenceNode node);

	R visitParallel(ParallelNode node);

	R visitCondition(ConditionNode node);

}
