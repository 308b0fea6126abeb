/**
 * Operation normalization: fragments inlined, static skip/include applied, selections per
 * concrete type.
 */
@NullMarked
package io.streamhub.router.planning.normalize;

import org.jspecify.annotations.NullMarked;
