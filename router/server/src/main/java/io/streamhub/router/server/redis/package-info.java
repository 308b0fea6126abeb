/**
 * The router's Redis connection (rate limits, shared APQ tier), when configured.
 */
@NullMarked
package io.streamhub.router.server.redis;

import org.jspecify.annotations.NullMarked;
