/**
 * Supergraph model: reads a Federation 2 supergraph SDL (join v0.2-v0.5) into an
 * immutable model.
 */
@NullMarked
package io.streamhub.router.supergraph;

import org.jspecify.annotations.NullMarked;
