package io.streamhub.platform.events;

import java.time.Duration;

/**
 * How a {@link StreamConsumer} reads, retries and takes over.
 *
 * @param batchSize entries read per XREADGROUP
 * @param block how long one XREADGROUP waits for new entries
 * @param minIdle entries pending longer than this (a failed attempt, or a dead consumer)
 * are claimed with XAUTOCLAIM and delivered again
 * @param claimInterval how often XAUTOCLAIM runs
 * @param maxDeliveries after this many deliveries an entry that still fails goes to
 * {@code <stream>:dead} and is acknowledged
 * @param handlerTimeout how long one handler call may take before it counts as failed
 */
public record StreamConsumerOptions(int batchSize, Duration block, Duration minIdle, Duration claimInterval,
		int maxDeliveries, Duration handlerTimeout) {

	/**
	 * The defaults: 10 per read, block 1 s, min-idle 30 s, claim every 5 s, 5 deliveries,
	 * 60 s per handler.
	 * @return the default options
	 */
	public static StreamConsumerOptions defaults() {
		return new StreamConsumerOptions(10, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(5), 5,
				Duration.ofSeconds(60));
	}

	/**
	 * A copy with another min-idle and claim interval.
	 * @param minIdle the new min-idle
	 * @param claimInterval the new claim interval
	 * @return the copy
	 */
	public StreamConsumerOptions withTakeover(Duration minIdle, Duration claimInterval) {
		return new StreamConsumerOptions(this.batchSize, this.block, minIdle, claimInterval, this.maxDeliveries,
				this.handlerTimeout);
	}

	/**
	 * A copy with another delivery limit.
	 * @param maxDeliveries the new limit
	 * @return the copy
	 */
	public StreamConsumerOptions withMaxDeliveries(int maxDeliveries) {
		return new StreamConsumerOptions(this.batchSize, this.block, this.minIdle, this.claimInterval, maxDeliveries,
				this.handlerTimeout);
	}

}
