/**
 * Shared JSON handling: one mapper and the equality used to compare responses.
 */
@NullMarked
package io.streamhub.router.conformance.json;

import org.jspecify.annotations.NullMarked;
