package io.streamhub.comments.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code comment_like}: at most one like per user and comment. Reads take many
 * comments and are one statement.
 */
@Repository
class LikeRepository {

	private final DatabaseClient db;

	LikeRepository(DatabaseClient db) {
		this.db = db;
	}

	/** Likes once; a new like also counts on the comment's row, in the same statement. */
	Mono<Void> like(UUID commentId, UUID userId, Instant now) {
		return this.db
			.sql("WITH liked AS (INSERT INTO comment_like (comment_id, user_id, created_at) "
					+ "VALUES (:comment, :user, :now) ON CONFLICT DO NOTHING RETURNING comment_id) "
					+ "UPDATE comment SET like_count = like_count + 1 WHERE id IN (SELECT comment_id FROM liked)")
			.bind("comment", commentId)
			.bind("user", userId)
			.bind("now", now)
			.then();
	}

	/** Unlikes; a removed like is also uncounted on the comment's row. */
	Mono<Void> unlike(UUID commentId, UUID userId) {
		return this.db
			.sql("WITH unliked AS (DELETE FROM comment_like WHERE comment_id = :comment AND user_id = :user "
					+ "RETURNING comment_id) UPDATE comment SET like_count = like_count - 1 "
					+ "WHERE id IN (SELECT comment_id FROM unliked)")
			.bind("comment", commentId)
			.bind("user", userId)
			.then();
	}

	Mono<Map<UUID, Long>> counts(Collection<UUID> commentIds) {
		return this.db
			.sql("SELECT comment_id, count(*) AS n FROM comment_like WHERE comment_id = ANY(:ids) GROUP BY comment_id")
			.bind("ids", commentIds.toArray(UUID[]::new))
			.map((row, meta) -> Map.entry(row.get("comment_id", UUID.class), row.get("n", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	Flux<UUID> likedAmong(UUID userId, Collection<UUID> commentIds) {
		return this.db.sql("SELECT comment_id FROM comment_like WHERE user_id = :user AND comment_id = ANY(:ids)")
			.bind("user", userId)
			.bind("ids", commentIds.toArray(UUID[]::new))
			.map((row, meta) -> row.get("comment_id", UUID.class))
			.all();
	}

}
