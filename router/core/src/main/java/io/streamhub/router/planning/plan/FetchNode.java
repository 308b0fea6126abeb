package io.streamhub.router.planning.plan;

import java.util.List;

/**
 * A request to one subgraph: a root operation, or an {@code _entities} fetch (then
 * {@code inputs} describes the representations and the node sits under a
 * {@link FlattenNode}).
 *
 * @param serviceName the subgraph name
 * @param operation the subgraph operation text, sent as-is
 * @param selection the printed selection (for plan printing)
 * @param inputs the representation inputs, empty for root fetches
 * @param variableUsages the client variables the operation uses (forwarded)
 * @param operationKind {@code query} or {@code mutation}
 */
public record FetchNode(String serviceName, String operation, String selection, List<EntityInput> inputs,
		List<String> variableUsages, String operationKind) implements PlanNode {

	public FetchNode {
		inputs = List.copyOf(inputs);
		variableUsages = List.copyOf(variableUsages);
	}

	public boolean isEntityFetch() {
		return !this.inputs.isEmpty();
	}

	@Override
	public <R> R accept(PlanNodeVisitor<R> visitor) {
		return visitor.visitFetch(this);
	}

}
