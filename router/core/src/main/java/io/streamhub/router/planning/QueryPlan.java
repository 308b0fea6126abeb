package io.streamhub.router.planning;

import io.streamhub.router.planning.normalize.NormalizedOperation;
import io.streamhub.router.planning.plan.PlanNode;
import org.jspecify.annotations.Nullable;

/**
 * A query plan: the operation it was made for and its root node ({@code null} when
 * nothing has to be fetched, e.g. only {@code __typename} or introspection).
 *
 * @param operation the normalized operation (used to project the results)
 * @param node the root plan node
 */
public record QueryPlan(NormalizedOperation operation, @Nullable PlanNode node) {

	@Override
	public String toString() {
		return QueryPlanPrinter.print(this);
	}

}
