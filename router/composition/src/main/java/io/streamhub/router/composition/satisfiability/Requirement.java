package io.streamhub.router.composition.satisfiability;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One selection a query may make at a state: a field (resolved by any of several
 * subgraphs, each leading to its own state for a composite field) or a fragment on a
 * possible type. It fails when it has no option, or when every option leads to a state
 * where some selection fails.
 *
 * @param selection how the selection reads in a query ({@code name} or
 * {@code ... on Type})
 * @param coordinate the schema coordinate, for messages
 * @param composite whether the selection has a sub-selection
 * @param options the states each way of resolving it leads to (for a leaf: the graphs
 * resolving it, as states of the parent type)
 */
record Requirement(String selection, String coordinate, boolean composite, List<State> options) {

	boolean failsGiven(Map<State, Integer> bad) {
		if (this.options.isEmpty()) {
			return true;
		}
		return this.composite && this.options.stream().allMatch(bad::containsKey);
	}

	@Nullable State firstOption() {
		return this.options.isEmpty() ? null : this.options.get(0);
	}

}
