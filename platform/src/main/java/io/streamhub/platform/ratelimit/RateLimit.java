package io.streamhub.platform.ratelimit;

import java.time.Duration;

/**
 * A named limit: at most {@code permits} acquisitions per key in each {@code window}.
 *
 * @param name the limit's name, part of the Redis key (e.g. {@code "login"})
 * @param permits permits per window, at least 1
 * @param window the window length, at least one millisecond
 */
public record RateLimit(String name, int permits, Duration window) {

	public RateLimit {
		if (name.isBlank()) {
			throw new IllegalArgumentException("name must not be blank");
		}
		if (permits < 1) {
			throw new IllegalArgumentException("permits must be at least 1");
		}
		if (window.toMillis() < 1) {
			throw new IllegalArgumentException("window must be at least 1 ms");
		}
	}

}
