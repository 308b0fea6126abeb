package io.streamhub.router.supergraph;

import org.jspecify.annotations.Nullable;

/**
 * One {@code @join__type} of a type: the type exists in {@code graph}, with an optional
 * key.
 *
 * @param graph the subgraph name
 * @param key the key field set, if any
 * @param resolvable whether the subgraph serves {@code _entities} for that key
 * @param extension whether the subgraph declared the type as an extension
 * @param interfaceObject whether the subgraph models this interface as an object type
 */
public record JoinType(String graph, @Nullable FieldSet key, boolean resolvable, boolean extension,
		boolean interfaceObject) {
}
