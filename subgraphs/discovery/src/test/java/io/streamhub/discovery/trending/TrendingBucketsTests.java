package io.streamhub.discovery.trending;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.streamhub.discovery.generated.types.TrendingWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrendingBucketsTests {

	private final Instant now = Instant.parse("2026-11-22T10:17:00Z");

	@Test
	void aDayIsTwentyFourHourlyBucketsNewestFirst() {
		TrendingBuckets day = TrendingBuckets.of(TrendingWindow.DAY);
		List<Long> buckets = day.bucketsUntil(this.now);
		assertThat(buckets).hasSize(24);
		assertThat(buckets.get(0)).isEqualTo(Instant.parse("2026-11-22T10:00:00Z").getEpochSecond());
		assertThat(buckets.get(23)).isEqualTo(Instant.parse("2026-11-21T11:00:00Z").getEpochSecond());
	}

	@Test
	void activityOutsideTheWindowIsNotRecorded() {
		TrendingBuckets hour = TrendingBuckets.of(TrendingWindow.HOUR);
		assertThat(hour.covers(this.now.minus(Duration.ofMinutes(50)), this.now)).isTrue();
		assertThat(hour.covers(this.now.minus(Duration.ofMinutes(70)), this.now)).isFalse();
		assertThat(TrendingBuckets.of(TrendingWindow.WEEK).covers(this.now.minus(Duration.ofDays(6)), this.now))
			.isTrue();
	}

	@Test
	void olderBucketsWeighLessHalvingEveryHalfLife() {
		TrendingBuckets day = TrendingBuckets.of(TrendingWindow.DAY);
		long sixHoursAgo = this.now.minus(Duration.ofHours(6)).getEpochSecond();
		assertThat(day.weight(this.now.getEpochSecond(), this.now)).isEqualTo(1.0);
		assertThat(day.weight(sixHoursAgo, this.now)).isCloseTo(0.5, within(1e-9));
		assertThat(day.weight(sixHoursAgo - 6 * 3600, this.now)).isCloseTo(0.25, within(1e-9));
	}

	@Test
	void bucketsExpireOnceOutOfTheWindow() {
		assertThat(TrendingBuckets.of(TrendingWindow.HOUR).ttl()).isEqualTo(Duration.ofMinutes(65));
		assertThat(TrendingBuckets.of(TrendingWindow.DAY).key("p:", 3600)).isEqualTo("p:day:3600");
	}

}
