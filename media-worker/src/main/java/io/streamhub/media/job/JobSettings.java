package io.streamhub.media.job;

import java.time.Duration;

/**
 * How workers consume jobs (from {@code media-worker.jobs.*}).
 *
 * @param stream the jobs stream
 * @param group the consumer group
 * @param eventsStream where events go
 * @param consumerName this instance's consumer name prefix
 * @param concurrency workers in this instance
 * @param block XREADGROUP block time
 * @param visibilityTimeout idle time after which a job is reclaimed
 * @param claimInterval how often to look for jobs to reclaim
 * @param heartbeatInterval how often a running job is touched
 * @param maxAttempts attempts before dead-lettering
 * @param backoff waits between attempts
 * @param shutdownTimeout how long a running job may finish on shutdown
 * @param progressInterval minimum time between progress events
 * @param completedMarkTtl how long a job's "completed" mark is kept
 */
public record JobSettings(String stream, String group, String eventsStream, String consumerName, int concurrency,
		Duration block, Duration visibilityTimeout, Duration claimInterval, Duration heartbeatInterval, int maxAttempts,
		Backoff backoff, Duration shutdownTimeout, Duration progressInterval, Duration completedMarkTtl) {

	/**
	 * The dead-letter stream.
	 * @return {@code <stream>:dead}
	 */
	public String deadStream() {
		return io.streamhub.platform.events.Streams.dead(this.stream);
	}

	/**
	 * The backoff between attempts.
	 * @param initial wait after the first failure
	 * @param max longest wait
	 * @return the backoff
	 */
	public static Backoff backoff(Duration initial, Duration max) {
		return new Backoff(initial, max);
	}

}
