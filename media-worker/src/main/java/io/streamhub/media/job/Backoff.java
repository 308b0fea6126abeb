package io.streamhub.media.job;

import java.time.Duration;

/**
 * Exponential backoff between attempts: {@code initial × 2^(attempt-1)}, capped.
 *
 * @param initial the wait after the first failed attempt
 * @param max the longest wait
 */
public record Backoff(Duration initial, Duration max) {

	/**
	 * The wait after a failed attempt.
	 * @param failedAttempt the attempt that failed (1-based)
	 * @return how long to wait before the next one
	 */
	Duration after(int failedAttempt) {
		int doublings = Math.min(Math.max(failedAttempt - 1, 0), 20);
		Duration wait = this.initial.multipliedBy(1L << doublings);
		return (wait.compareTo(this.max) > 0) ? this.max : wait;
	}

}
