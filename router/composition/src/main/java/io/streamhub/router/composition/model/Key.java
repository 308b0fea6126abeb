package io.streamhub.router.composition.model;

/**
 * One {@code @key} application of a subgraph type.
 *
 * @param fields the field set as written
 * @param resolvable whether the subgraph resolves the entity by this key
 * @param extension whether the key was applied on a type extension (or an
 * {@code @extends} type)
 */
public record Key(String fields, boolean resolvable, boolean extension) {

}
