/**
 * Consumes the media worker's events:media and moves videos to READY or FAILED.
 */
@NullMarked
package io.streamhub.videos.processing;

import org.jspecify.annotations.NullMarked;
