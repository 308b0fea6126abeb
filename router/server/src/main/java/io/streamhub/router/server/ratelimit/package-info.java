/**
 * Per-client rate limits: token buckets in Redis.
 */
@NullMarked
package io.streamhub.router.server.ratelimit;

import org.jspecify.annotations.NullMarked;
