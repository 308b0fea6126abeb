/**
 * Streaming platforms: the {@code Platform} entity, its lookup and its administration.
 */
@NullMarked
package io.streamhub.availability.platforms;

import org.jspecify.annotations.NullMarked;
