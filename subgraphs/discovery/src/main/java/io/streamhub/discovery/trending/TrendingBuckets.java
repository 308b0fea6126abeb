package io.streamhub.discovery.trending;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.streamhub.discovery.generated.types.TrendingWindow;

/**
 * How a trending window is cut into time buckets and how fast activity fades.
 * <p>
 * Each bucket is a Redis sorted set (video id → weight) that expires once it leaves the
 * window. A ranking adds up the window's buckets, each weighted by
 * {@code 0.5^(age / halfLife)} of its start, so recent activity counts more and old
 * activity drops out entirely at the end of the window.
 *
 * @param window the window
 * @param bucket the bucket length
 * @param count how many buckets make the window
 * @param halfLife the age at which activity counts half
 */
record TrendingBuckets(TrendingWindow window, Duration bucket, int count, Duration halfLife) {

	static TrendingBuckets of(TrendingWindow window) {
		if (window == TrendingWindow.HOUR) {
			return new TrendingBuckets(window, Duration.ofMinutes(5), 12, Duration.ofMinutes(20));
		}
		if (window == TrendingWindow.WEEK) {
			return new TrendingBuckets(window, Duration.ofHours(6), 28, Duration.ofDays(2));
		}
		return new TrendingBuckets(window, Duration.ofHours(1), 24, Duration.ofHours(6));
	}

	/** The start (epoch seconds) of the bucket holding an instant. */
	long bucketOf(Instant at) {
		long size = this.bucket.toSeconds();
		return Math.floorDiv(at.getEpochSecond(), size) * size;
	}

	/** Whether an instant still falls inside the window ending now. */
	boolean covers(Instant at, Instant now) {
		return bucketOf(at) > bucketOf(now) - this.count * this.bucket.toSeconds();
	}

	String key(String prefix, long bucketStart) {
		return prefix + this.window.name().toLowerCase() + ":" + bucketStart;
	}

	/** How long a bucket must live: until it leaves the window. */
	Duration ttl() {
		return this.bucket.multipliedBy(this.count + 1L);
	}

	/** The window's bucket starts, newest first. */
	List<Long> bucketsUntil(Instant now) {
		List<Long> starts = new ArrayList<>();
		long newest = bucketOf(now);
		for (int i = 0; i < this.count; i++) {
			starts.add(newest - i * this.bucket.toSeconds());
		}
		return starts;
	}

	/** The decay weight of a bucket. */
	double weight(long bucketStart, Instant now) {
		double age = Math.max(0, now.getEpochSecond() - bucketStart);
		return Math.pow(0.5, age / this.halfLife.toSeconds());
	}

}
