/**
 * Removal of deleted videos' stored files (sources and media worker outputs).
 */
@NullMarked
package io.streamhub.videos.cleanup;

import org.jspecify.annotations.NullMarked;
