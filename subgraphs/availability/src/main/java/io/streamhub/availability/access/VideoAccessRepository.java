package io.streamhub.availability.access;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code video_access}.
 */
@Repository
class VideoAccessRepository {

	private final DatabaseClient db;

	VideoAccessRepository(DatabaseClient db) {
		this.db = db;
	}

	Flux<VideoAccess> findAllById(Collection<UUID> ids) {
		return this.db
			.sql("SELECT video_id, owner_id, visibility, status, deleted FROM video_access WHERE video_id = ANY(:ids)")
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row, meta) -> new VideoAccess(row.get("video_id", UUID.class), row.get("owner_id", UUID.class),
					row.get("visibility", String.class), row.get("status", String.class),
					Boolean.TRUE.equals(row.get("deleted", Boolean.class))))
			.all();
	}

	Flux<UUID> findAllNotDeleted() {
		return this.db.sql("SELECT video_id FROM video_access WHERE NOT deleted ORDER BY video_id")
			.map((row, meta) -> row.get("video_id", UUID.class))
			.all();
	}

	/**
	 * Applies a video event, unless a newer one was applied already (events of one video
	 * may be redelivered or arrive out of order).
	 */
	Mono<Void> upsert(VideoAccess access, Instant occurredAt) {
		return this.db
			.sql("INSERT INTO video_access (video_id, owner_id, visibility, status, deleted, updated_at) "
					+ "VALUES (:id, :owner, :visibility, :status, :deleted, :at) ON CONFLICT (video_id) DO UPDATE SET "
					+ "owner_id = EXCLUDED.owner_id, visibility = EXCLUDED.visibility, status = EXCLUDED.status, "
					+ "deleted = video_access.deleted OR EXCLUDED.deleted, updated_at = EXCLUDED.updated_at "
					+ "WHERE video_access.updated_at <= EXCLUDED.updated_at OR EXCLUDED.deleted")
			.bind("id", access.videoId())
			.bind("owner", access.ownerId())
			.bind("visibility", access.visibility())
			.bind("status", access.status())
			.bind("deleted", access.deleted())
			.bind("at", occurredAt)
			.then();
	}

}
