package io.streamhub.videos.cleanup;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Soft-deleted videos whose files are still stored.
 */
@Repository
class CleanupRepository {

	private final DatabaseClient db;

	CleanupRepository(DatabaseClient db) {
		this.db = db;
	}

	Flux<UUID> deletedNotPurged(int limit) {
		return this.db
			.sql("SELECT id FROM video WHERE deleted_at IS NOT NULL AND purged_at IS NULL ORDER BY deleted_at LIMIT :n")
			.bind("n", limit)
			.map((row, meta) -> row.get("id", UUID.class))
			.all();
	}

	Mono<Void> markPurged(UUID id, Instant now) {
		return this.db.sql("UPDATE video SET purged_at = :now WHERE id = :id").bind("id", id).bind("now", now).then();
	}

}
