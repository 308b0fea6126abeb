package io.streamhub.discovery.indexing;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.streamhub.discovery.activity.CounterRepository;
import io.streamhub.discovery.config.DiscoveryProperties;
import io.streamhub.discovery.index.Counts;
import io.streamhub.discovery.index.VideoIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Copies changed counts from {@code video_counter} to the index, one bulk request per
 * {@code discovery.counters.batch-size} videos, every
 * {@code discovery.counters.flush-interval}. A crash between the two only means the next
 * flush writes the same counts again.
 */
@Component
public class CounterFlusher {

	private static final Logger logger = LoggerFactory.getLogger(CounterFlusher.class);

	private final CounterRepository counters;

	private final VideoIndex index;

	private final int batchSize;

	CounterFlusher(CounterRepository counters, VideoIndex index, DiscoveryProperties properties) {
		this.counters = counters;
		this.index = index;
		this.batchSize = properties.getCounters().getBatchSize();
	}

	@Scheduled(fixedDelayString = "${discovery.counters.flush-interval:2s}")
	void scheduledFlush() {
		try {
			flush().block(Duration.ofMinutes(1));
		}
		catch (RuntimeException ex) {
			logger.warn("Counter flush failed; retrying at the next interval", ex);
		}
	}

	/**
	 * Flush every dirty counter now.
	 * @return how many videos were flushed
	 */
	public Mono<Integer> flush() {
		return flushBatch().expand((flushed) -> (flushed == this.batchSize) ? flushBatch() : Mono.empty())
			.reduce(0, Integer::sum);
	}

	private Mono<Integer> flushBatch() {
		return this.counters.dirty(this.batchSize).flatMap((dirty) -> write(dirty).thenReturn(dirty.size()));
	}

	private Mono<Void> write(Map<UUID, Counts> dirty) {
		if (dirty.isEmpty()) {
			return Mono.empty();
		}
		return this.index.updateCounts(dirty).then(this.counters.markClean(dirty));
	}

}
