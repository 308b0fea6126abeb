package io.streamhub.videos.cleanup;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import io.streamhub.videos.storage.MediaStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the stored files of deleted videos: the source under {@code uploads/<id>/} and
 * the media worker's outputs under {@code videos/<id>/}. A video is marked purged only
 * after both prefixes are empty, so a failed run is simply retried by the next one
 * (deleting is idempotent). Runs every {@code videos.cleanup.interval}, a bounded batch
 * per run.
 */
@Component
class CleanupJob {

	static final int BATCH = 50;

	private static final Logger logger = LoggerFactory.getLogger(CleanupJob.class);

	private final CleanupRepository repository;

	private final MediaStorage storage;

	private final Clock clock;

	CleanupJob(CleanupRepository repository, MediaStorage storage, Clock clock) {
		this.repository = repository;
		this.storage = storage;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${videos.cleanup.interval:1m}", initialDelayString = "${videos.cleanup.interval:1m}")
	void scheduledPurge() {
		try {
			purge().block(Duration.ofMinutes(5));
		}
		catch (RuntimeException ex) {
			logger.warn("Purging deleted videos failed; retried on the next run", ex);
		}
	}

	/**
	 * Purges one batch.
	 * @return how many videos were purged
	 */
	Mono<Integer> purge() {
		return this.repository.deletedNotPurged(BATCH).concatMap(this::purge).count().map(Long::intValue);
	}

	private Mono<UUID> purge(UUID id) {
		return this.storage.deletePrefix("uploads/" + id + "/")
			.then(this.storage.deletePrefix("videos/" + id + "/"))
			.then(this.repository.markPurged(id, this.clock.instant()))
			.thenReturn(id);
	}

}
