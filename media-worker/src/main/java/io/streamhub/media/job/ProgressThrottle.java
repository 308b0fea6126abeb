package io.streamhub.media.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Lets a progress report through at most once per interval, and only when the percentage
 * moved: clients draw a progress bar, the stream must not fill with noise.
 */
final class ProgressThrottle {

	private final Clock clock;

	private final Duration interval;

	private @Nullable Instant last;

	private int lastPercent = -1;

	ProgressThrottle(Clock clock, Duration interval) {
		this.clock = clock;
		this.interval = interval;
	}

	/**
	 * Whether to report this percentage now.
	 * @param percent the progress
	 * @return {@code true} when it should be published
	 */
	boolean allow(int percent) {
		Instant now = this.clock.instant();
		if (percent <= this.lastPercent) {
			return false;
		}
		if (this.last != null && now.isBefore(this.last.plus(this.interval))) {
			return false;
		}
		this.last = now;
		this.lastPercent = percent;
		return true;
	}

}
