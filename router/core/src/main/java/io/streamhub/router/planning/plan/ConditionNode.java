package io.streamhub.router.planning.plan;

import org.jspecify.annotations.Nullable;

/**
 * Runs one branch depending on a boolean variable (variable-driven
 * {@code @skip}/{@code @include}).
 *
 * @param variable the variable name
 * @param ifTrue the branch when the variable is true
 * @param ifFalse the branch when the variable is false
 */
public record ConditionNode(String variable, @Nullable PlanNode ifTrue,
		@Nullable PlanNode ifFalse) implements PlanNode {

	@Override
	public <R> R accept(PlanNodeVisitor<R> visitor) {
		return visitor.visitCondition(this);
	}

}
