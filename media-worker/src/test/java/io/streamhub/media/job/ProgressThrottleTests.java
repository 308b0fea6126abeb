package io.streamhub.media.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressThrottleTests {

	private Instant now = Instant.parse("2026-11-22T06:00:00Z");

	private final Clock clock = new Clock() {

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return ProgressThrottleTests.this.now;
		}

	};

	@Test
	void reportsAtMostOncePerIntervalAndOnlyForward() {
		ProgressThrottle throttle = new ProgressThrottle(this.clock, Duration.ofSeconds(2));
		assertThat(throttle.allow(1)).isTrue();
		this.now = this.now.plusMillis(1999);
		assertThat(throttle.allow(30)).isFalse();
		this.now = this.now.plusMillis(1);
		assertThat(throttle.allow(30)).isTrue();
		this.now = this.now.plusSeconds(5);
		assertThat(throttle.allow(30)).isFalse();
		assertThat(throttle.allow(20)).isFalse();
		assertThat(throttle.allow(31)).isTrue();
	}

	@Test
	void backoffDoublesUpToTheCap() {
		Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(12));
		assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
		assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
		assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(12));
	}

}
