package io.streamhub.router.composition.model;

/**
 * A feature a subgraph links with {@code @link(url: …)}.
 *
 * @param identity the URL without its version ({@code https://example.dev/cache})
 * @param name the feature name (the last path segment before the version)
 * @param major the major version
 * @param minor the minor version
 * @param url the URL as written
 */
public record LinkedFeature(String identity, String name, int major, int minor, String url) {

}
