package io.streamhub.router.composition.model;

/**
 * A directive a subgraph composes into the supergraph with {@code @composeDirective}.
 *
 * @param name the directive's name in the subgraph (and in the supergraph)
 * @param nameInFeature its name in the feature that defines it
 * @param feature the linked feature it comes from
 */
public record ComposedDirective(String name, String nameInFeature, LinkedFeature feature) {

}
