/**
 * Keeps the index in step with events:videos and events:users (consumer group discovery).
 */
@NullMarked
package io.streamhub.discovery.indexing;

import org.jspecify.annotations.NullMarked;
