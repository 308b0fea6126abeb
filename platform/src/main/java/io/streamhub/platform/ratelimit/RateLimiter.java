package io.streamhub.platform.ratelimit;

import reactor.core.publisher.Mono;

/**
 * Acquires permits of a {@link RateLimit} for a key (a user id, a client id, an IP
 * address...).
 */
public interface RateLimiter {

	/**
	 * Take one permit.
	 * @param limit the limit
	 * @param key who is being limited
	 * @return a Mono that completes if a permit was available, or errors with
	 * {@link io.streamhub.platform.errors.RateLimitedException} (carrying the seconds
	 * until the window resets) if the limit is exhausted
	 */
	Mono<Void> acquire(RateLimit limit, String key);

}
