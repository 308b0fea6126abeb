/**
 * Trending videos: Redis sorted sets per time bucket, combined with time-decaying
 * weights.
 */
@NullMarked
package io.streamhub.discovery.trending;

import org.jspecify.annotations.NullMarked;
