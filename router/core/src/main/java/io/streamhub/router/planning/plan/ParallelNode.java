package io.streamhub.router.planning.plan;

import java.util.List;

/**
 * Children run concurrently.
 *
 * @param nodes the children
 */
public record ParallelNode(List<PlanNode> nodes) implements PlanNode {

	public ParallelNode {
		nodes = List.copyOf(nodes);
	}

	@Override
	public <R> R accept(PlanNodeVisitor<R> visitor) {
		return visitor.visitParallel(this);
	}

}
