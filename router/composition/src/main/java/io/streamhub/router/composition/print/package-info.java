/**
 * Printing the merged supergraph model as supergraph SDL (join v0.3).
 */
@NullMarked
package io.streamhub.router.composition.print;

import org.jspecify.annotations.NullMarked;
