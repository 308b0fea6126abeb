/**
 * Internal model shared by the composition stages: subgraph types, merged supergraph
 * types, type references, problems.
 */
@NullMarked
package io.streamhub.router.composition.model;

import org.jspecify.annotations.NullMarked;
