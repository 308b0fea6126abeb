package io.streamhub.router.planning.plan;

import java.util.List;

/**
 * Runs an entity fetch for every object found at a response path ({@code "@"} stands for
 * every list element) and merges the results back into those objects.
 *
 * @param path the response path, e.g. {@code [videos, @, creator]}
 * @param node the entity fetch
 */
public record FlattenNode(List<String> path, FetchNode node) implements PlanNode {

	public FlattenNode {
		path = List.copyOf(path);
	}

	@Override
	public <R> R accept(PlanNodeVisitor<R> visitor) {
		return visitor.visitFlatten(this);
	}

}
