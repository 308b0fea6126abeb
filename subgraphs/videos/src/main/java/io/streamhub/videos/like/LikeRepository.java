package io.streamhub.videos.like;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import io.streamhub.videos.video.Video;
import io.streamhub.videos.video.VideoRows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code video_like} and the {@code like_count} it maintains.
 */
@Repository
class LikeRepository {

	private final DatabaseClient db;

	LikeRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * @return whether a row was inserted (false: already liked)
	 */
	Mono<Boolean> insert(UUID videoId, UUID userId, Instant at) {
		return this.db
			.sql("INSERT INTO video_like (video_id, user_id, created_at) VALUES (:video, :user, :at) "
					+ "ON CONFLICT DO NOTHING")
			.bind("video", videoId)
			.bind("user", userId)
			.bind("at", at)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	/**
	 * @return whether a row was deleted (false: was not liked)
	 */
	Mono<Boolean> delete(UUID videoId, UUID userId) {
		return this.db.sql("DELETE FROM video_like WHERE video_id = :video AND user_id = :user")
			.bind("video", videoId)
			.bind("user", userId)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	Mono<Video> addToCount(UUID videoId, int delta) {
		return this.db
			.sql("UPDATE video v SET like_count = GREATEST(like_count + :delta, 0) WHERE id = :id RETURNING "
					+ VideoRows.COLUMNS)
			.bind("id", videoId)
			.bind("delta", delta)
			.map((row, meta) -> VideoRows.map(row))
			.one();
	}

	Flux<UUID> likedAmong(UUID userId, Collection<UUID> videoIds) {
		return this.db.sql("SELECT video_id FROM video_like WHERE user_id = :user AND video_id = ANY(:videos)")
			.bind("user", userId)
			.bind("videos", videoIds.toArray(UUID[]::new))
			.map((row, meta) -> row.get("video_id", UUID.class))
			.all();
	}

}
