package io.streamhub.router.planning.plan;

/**
 * A node of a query plan.
 */
public sealed interface PlanNode permits FetchNode, FlattenNode, SequenceNode, ParallelNode, ConditionNode {

	/**
	 * Visits this node.
	 * @param <R> the result type
	 * @param visitor the visitor
	 * @return the visitor's result
	 */
	<R> R accept(PlanNodeVisitor<R> visitor);

}
