package io.streamhub.router.conformance.run;

import org.jspecify.annotations.Nullable;

/**
 * The supergraph a fixture runs on.
 *
 * @param sdl supergraph SDL with the subgraph URLs still as placeholders
 * @param source where it came from
 * @param composerProblem why our composition was not used, when it was not
 */
public record ResolvedSupergraph(String sdl, SupergraphSource source, @Nullable String composerProblem) {
}
