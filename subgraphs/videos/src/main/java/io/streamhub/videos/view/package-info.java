/**
 * View counting: buffered in Redis, flushed to PostgreSQL in batches.
 */
@NullMarked
package io.streamhub.videos.view;

import org.jspecify.annotations.NullMarked;
