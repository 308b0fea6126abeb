package io.streamhub.router.composition.model;

import org.jspecify.annotations.Nullable;

/**
 * A {@code @join__type} application.
 *
 * @param graph the join__Graph value
 * @param key the key field set, if the subgraph declares a key
 * @param extension whether the key comes from a type extension
 * @param resolvable whether the subgraph resolves the entity by this key
 * @param interfaceObject whether the subgraph models the interface as an object type
 */
public record JoinType(String graph, @Nullable String key, boolean extension, boolean resolvable,
		boolean interfaceObject) {

}
