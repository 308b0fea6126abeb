/**
 * Rate limiting on Redis, shared by every service (and every instance of a service).
 */
@NullMarked
package io.streamhub.platform.ratelimit;

import org.jspecify.annotations.NullMarked;
