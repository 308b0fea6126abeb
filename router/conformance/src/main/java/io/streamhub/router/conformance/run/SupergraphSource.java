package io.streamhub.router.conformance.run;

/**
 * Where a fixture's supergraph came from.
 */
public enum SupergraphSource {

	/**
	 * Composed at test time by our composition (router/composition).
	 */
	COMPOSER,

	/**
	 * Our composition failed or is unavailable: the committed {@code supergraph.graphql},
	 * composed by {@code @apollo/composition}, was used.
	 */
	COMMITTED

}
