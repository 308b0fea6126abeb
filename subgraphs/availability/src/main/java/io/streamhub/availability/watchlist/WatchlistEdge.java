package io.streamhub.availability.watchlist;

/**
 * The GraphQL {@code WatchlistEdge}.
 *
 * @param node the entry
 */
record WatchlistEdge(WatchlistEntry node) {

	/**
	 * The opaque cursor of this edge.
	 * @return the cursor text
	 */
	public String cursor() {
		return this.node.position().encode();
	}

}
