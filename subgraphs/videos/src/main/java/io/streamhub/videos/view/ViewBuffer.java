package io.streamhub.videos.view;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.events.OutboxWriter;
import io.streamhub.platform.events.ProcessedEvents;
import io.streamhub.platform.ids.Ids;
import io.streamhub.videos.config.VideosProperties;
import io.streamhub.videos.video.VideoEvents;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * View counting. A view is one {@code HINCRBY} on a Redis hash (at most one per viewer
 * and video within {@code videos.views.dedup-window}); every
 * {@code videos.views.flush-interval} the hash is renamed to a "flushing" hash under a
 * fresh flush id, added to PostgreSQL in ONE statement whose transaction also records the
 * flush id (as a processed event), and then deleted.
 * <p>
 * Guarantees: counts only ever grow; a flush interrupted after its commit is not applied
 * twice (the next run finds the flushing hash, sees its id already processed and just
 * deletes it); one interrupted before its commit is retried whole. Views still in the
 * pending hash live only in Redis: losing Redis without persistence loses at most one
 * flush interval of views.
 */
@Component
class ViewBuffer {

	static final String PENDING = "videos:views:pending";

	static final String FLUSHING = "videos:views:flushing";

	static final String FLUSH_ID = "videos:views:flush-id";

	static final String CONSUMER = "videos.views";

	static final String SEEN = "videos:views:seen:";

	private static final Logger logger = LoggerFactory.getLogger(ViewBuffer.class);

	private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(30);

	private final ReactiveStringRedisTemplate redis;

	private final ViewRepository repository;

	private final ProcessedEvents processedEvents;

	private final OutboxWriter outbox;

	private final TransactionalOperator transactions;

	private final VideosProperties properties;

	ViewBuffer(ReactiveStringRedisTemplate redis, ViewRepository repository, ProcessedEvents processedEvents,
			OutboxWriter outbox, TransactionalOperator transactions, VideosProperties properties) {
		this.properties = properties;
		this.redis = redis;
		this.repository = repository;
		this.processedEvents = processedEvents;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * Counts one view, unless the same viewer was counted for the video within
	 * {@code videos.views.dedup-window}: a {@code SET NX} with that TTL on
	 * {@code videos:views:seen:<video>:<viewer>} decides.
	 * @param videoId the video
	 * @param viewer who watches ({@code user:<id>} or {@code address:<ip>}), null when
	 * unknown (always counted)
	 * @return whether the view was counted
	 */
	Mono<Boolean> record(UUID videoId, @Nullable String viewer) {
		Duration window = this.properties.getViews().getDedupWindow();
		if (viewer == null || window.isZero() || window.isNegative()) {
			return increment(videoId);
		}
		return this.redis.opsForValue()
			.setIfAbsent(SEEN + videoId + ":" + viewer, "1", window)
			.flatMap((first) -> first ? increment(videoId) : Mono.just(false));
	}

	private Mono<Boolean> increment(UUID videoId) {
		return this.redis.opsForHash().increment(PENDING, videoId.toString(), 1).thenReturn(true);
	}

	@Scheduled(fixedDelayString = "${videos.views.flush-interval:5s}")
	void scheduledFlush() {
		try {
			flush().block(FLUSH_TIMEOUT);
		}
		catch (RuntimeException ex) {
			logger.warn("Flushing views failed; the buffered views stay in Redis for the next flush", ex);
		}
	}

	/**
	 * Moves buffered views to PostgreSQL.
	 * @return how many videos got new views
	 */
	Mono<Integer> flush() {
		return this.redis.hasKey(FLUSHING)
			.flatMap((inFlight) -> inFlight ? Mono.just(true) : startFlush())
			.flatMap((started) -> started ? applyFlushing() : Mono.just(0));
	}

	private Mono<Boolean> startFlush() {
		return this.redis.hasKey(PENDING).flatMap((pending) -> {
			if (!pending) {
				return Mono.just(false);
			}
			return this.redis.opsForValue()
				.set(FLUSH_ID, UUID.randomUUID().toString())
				.then(this.redis.rename(PENDING, FLUSHING));
		});
	}

	private Mono<Integer> applyFlushing() {
		Mono<UUID> flushId = this.redis.opsForValue().get(FLUSH_ID).map(UUID::fromString);
		Mono<Map<UUID, Long>> views = this.redis.<String, String>opsForHash()
			.entries(FLUSHING)
			.collect(HashMap::new, (map, entry) -> Ids.tryParse(entry.getKey())
				.ifPresent((id) -> map.put(id, Long.parseLong(entry.getValue()))));
		return Mono.zip(flushId, views)
			.flatMap((flush) -> this.transactions.transactional(apply(flush.getT1(), flush.getT2())))
			.flatMap((applied) -> this.redis.delete(FLUSHING).thenReturn(applied));
	}

	private Mono<Integer> apply(UUID flushId, Map<UUID, Long> views) {
		return this.processedEvents.markProcessed(CONSUMER, flushId).flatMap((first) -> {
			if (!first || views.isEmpty()) {
				return Mono.just(0);
			}
			return this.repository.add(views)
				.concatMap((counts) -> announce(counts).thenReturn(counts))
				.count()
				.map(Long::intValue);
		});
	}

	private Mono<Void> announce(ViewRepository.Counts counts) {
		Map<String, Object> data = Map.of("videoId", counts.videoId().toString(), "viewCount", counts.viewCount(),
				"likeCount", counts.likeCount());
		return this.outbox.append(VideoEvents.STREAM,
				VideoEvents.of(VideoEvents.COUNTERS, counts.videoId(), null, data));
	}

}
