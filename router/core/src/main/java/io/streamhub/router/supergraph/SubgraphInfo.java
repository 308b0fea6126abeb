package io.streamhub.router.supergraph;

import java.net.URI;

/**
 * A subgraph of the supergraph.
 *
 * @param name the subgraph name ({@code @join__graph(name:)})
 * @param enumValue the {@code join__Graph} enum value
 * @param url the routing URL
 */
public record SubgraphInfo(String name, String enumValue, URI url) {
}
