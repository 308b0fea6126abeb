/**
 * Offers: which platform offers which video in which region at what price; change
 * detection, the events it emits, the Redis write-through cache and
 * {@code Video.availability}.
 */
@NullMarked
package io.streamhub.availability.offer;

import org.jspecify.annotations.NullMarked;
