package io.streamhub.router.composition;

import java.util.List;

/**
 * Composes Federation 2 (and Federation 1) subgraphs into a supergraph SDL (join v0.3).
 */
public final class Composer {

	private Composer() {
	}

	/**
	 * Composes the subgraphs.
	 * @param subgraphs the subgraphs, in any order
	 * @return the supergraph SDL
	 * @throws CompositionException when the subgraphs do not compose
	 */
	public static String compose(List<SubgraphSource> subgraphs) throws CompositionException {
		throw new CompositionException(List.of(new CompositionError("INTERNAL", "not implemented yet", null, null)));
	}

}
