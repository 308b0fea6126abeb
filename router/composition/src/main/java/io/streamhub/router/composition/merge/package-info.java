/**
 * Merging subgraphs into the supergraph model, one merger or rule per class.
 */
@NullMarked
package io.streamhub.router.composition.merge;

import org.jspecify.annotations.NullMarked;
