package io.streamhub.router.composition;

import java.util.Objects;

/**
 * One subgraph to compose: its name (as in supergraph.yaml), its routing URL and its SDL.
 *
 * @param name the subgraph name, e.g. {@code users}
 * @param url the routing URL the router sends requests to
 * @param sdl the subgraph schema as returned by {@code _service { sdl }}
 */
public record SubgraphSource(String name, String url, String sdl) {

	public SubgraphSource {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(sdl, "sdl");
	}

}
