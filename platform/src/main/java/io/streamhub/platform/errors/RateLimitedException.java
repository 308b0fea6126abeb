package io.streamhub.platform.errors;

import java.util.Map;

/**
 * A rate limit was exceeded: reported with code {@code RATE_LIMITED} and
 * {@code extensions.retryAfterSeconds}.
 */
public final class RateLimitedException extends StreamhubException {

	private final long retryAfterSeconds;

	/**
	 * Create the exception.
	 * @param retryAfterSeconds seconds until a retry can succeed (at least 1 is reported)
	 */
	public RateLimitedException(long retryAfterSeconds) {
		super(ErrorCode.RATE_LIMITED, "Too many requests, retry in " + Math.max(1, retryAfterSeconds) + " s");
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
	}

	/**
	 * Seconds until a retry can succeed.
	 * @return a positive number of seconds
	 */
	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	@Override
	Map<String, Object> additionalExtensions() {
		return Map.of("retryAfterSeconds", this.retryAfterSeconds);
	}

}
