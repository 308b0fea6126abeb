package io.streamhub.router.composition.satisfiability;

import io.streamhub.router.composition.model.SupergraphType;

/**
 * Where query planning stands: at an object of a type, obtained from a subgraph.
 *
 * @param type the composite type
 * @param graph the subgraph (join__Graph value) it was obtained from
 */
record State(SupergraphType type, String graph) {

	@Override
	public boolean equals(Object other) {
		return other instanceof State state && state.type.name().equals(this.type.name())
				&& state.graph.equals(this.graph);
	}

	@Override
	public int hashCode() {
		return this.type.name().hashCode() * 31 + this.graph.hashCode();
	}

}
