package io.streamhub.discovery.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code video_like} and {@code follow}: what recommendations start from.
 */
@Repository
public class ActivityRepository {

	private final DatabaseClient db;

	ActivityRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Remember a like (idempotent).
	 * @param userId who
	 * @param videoId what
	 * @param at when
	 * @return completion
	 */
	public Mono<Void> like(UUID userId, UUID videoId, Instant at) {
		return this.db
			.sql("INSERT INTO video_like (user_id, video_id, liked_at) VALUES (:user, :video, :at) "
					+ "ON CONFLICT DO NOTHING")
			.bind("user", userId)
			.bind("video", videoId)
			.bind("at", at)
			.then();
	}

	/**
	 * Forget a like (idempotent).
	 * @param userId who
	 * @param videoId what
	 * @return completion
	 */
	public Mono<Void> unlike(UUID userId, UUID videoId) {
		return this.db.sql("DELETE FROM video_like WHERE user_id = :user AND video_id = :video")
			.bind("user", userId)
			.bind("video", videoId)
			.then();
	}

	/**
	 * Remember a follow (idempotent).
	 * @param follower who follows
	 * @param followee whom
	 * @return completion
	 */
	public Mono<Void> follow(UUID follower, UUID followee) {
		return this.db
			.sql("INSERT INTO follow (follower_id, followee_id) VALUES (:follower, :followee) ON CONFLICT DO NOTHING")
			.bind("follower", follower)
			.bind("followee", followee)
			.then();
	}

	/**
	 * Forget a follow (idempotent).
	 * @param follower who followed
	 * @param followee whom
	 * @return completion
	 */
	public Mono<Void> unfollow(UUID follower, UUID followee) {
		return this.db.sql("DELETE FROM follow WHERE follower_id = :follower AND followee_id = :followee")
			.bind("follower", follower)
			.bind("followee", followee)
			.then();
	}

	/**
	 * A user's most recent likes.
	 * @param userId the user
	 * @param limit at most this many
	 * @return video ids, most recent first
	 */
	public Mono<List<UUID>> likedVideos(UUID userId, int limit) {
		return this.db
			.sql("SELECT video_id FROM video_like WHERE user_id = :user ORDER BY liked_at DESC, video_id LIMIT :limit")
			.bind("user", userId)
			.bind("limit", limit)
			.map((row, meta) -> row.get("video_id", UUID.class))
			.all()
			.collectList();
	}

	/**
	 * Whom a user follows.
	 * @param userId the user
	 * @param limit at most this many
	 * @return user ids
	 */
	public Mono<List<UUID>> followees(UUID userId, int limit) {
		return this.db.sql("SELECT followee_id FROM follow WHERE follower_id = :user ORDER BY followee_id LIMIT :limit")
			.bind("user", userId)
			.bind("limit", limit)
			.map((row, meta) -> row.get("followee_id", UUID.class))
			.all()
			.collectList();
	}

}
