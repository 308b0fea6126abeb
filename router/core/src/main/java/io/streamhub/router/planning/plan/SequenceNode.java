package io.streamhub.router.planning.plan;

import java.util.List;

/**
 * Children run one after the other.
 *
 * @param nodes the children
 */
public record SequenceNode(List<PlanNode> nodes) implements PlanNode {

	public SequenceNode {
		nodes = List.copyOf(nodes);
	}

	@Override
	public <R> R accept(PlanNodeVisitor<R> visitor) {
		return visitor.visitSequence(this);
	}

}
