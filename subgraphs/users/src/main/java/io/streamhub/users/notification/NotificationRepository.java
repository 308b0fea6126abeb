package io.streamhub.users.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import io.r2dbc.spi.Row;
import io.streamhub.users.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code notification}.
 */
@Repository
class NotificationRepository {

	private static final String COLUMNS = "id, recipient_id, kind, subject_type, subject_id, actor_id, read_at, created_at";

	private final DatabaseClient db;

	NotificationRepository(DatabaseClient db) {
		this.db = db;
	}

	/** Inserts for the recipients that have an account; one statement. */
	Flux<Notification> insert(Collection<UUID> recipients, String kind, String subjectType, UUID subjectId,
			@Nullable UUID actor, Instant at) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("INSERT INTO notification (id, recipient_id, kind, subject_type, subject_id, actor_id, created_at) "
					+ "SELECT gen_random_uuid(), u.id, :kind, :subjectType, :subjectId, :actor, :at FROM app_user u "
					+ "WHERE u.id = ANY(:recipients) RETURNING " + COLUMNS)
			.bind("kind", kind)
			.bind("subjectType", subjectType)
			.bind("subjectId", subjectId)
			.bind("at", at)
			.bind("recipients", recipients.stream().distinct().toArray(UUID[]::new));
		spec = (actor != null) ? spec.bind("actor", actor) : spec.bindNull("actor", UUID.class);
		return spec.map((row, meta) -> notification(row)).all();
	}

	/**
	 * Inserts for the next followers of {@code followee} (by follower id, after
	 * {@code after} when given), skipping {@code excluded}; one statement.
	 */
	Flux<Notification> insertForFollowers(UUID followee, @Nullable UUID after, Collection<UUID> excluded, int limit,
			String kind, String subjectType, UUID subjectId, @Nullable UUID actor, Instant at) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("WITH batch AS (SELECT f.follower_id FROM follow f WHERE f.followee_id = :followee "
					+ "AND (CAST(:after AS uuid) IS NULL OR f.follower_id > :after) "
					+ "AND f.follower_id <> ALL(:excluded) ORDER BY f.follower_id LIMIT :limit) "
					+ "INSERT INTO notification (id, recipient_id, kind, subject_type, subject_id, actor_id, created_at) "
					+ "SELECT gen_random_uuid(), b.follower_id, :kind, :subjectType, :subjectId, :actor, :at FROM batch b "
					+ "RETURNING " + COLUMNS)
			.bind("followee", followee)
			.bind("excluded", excluded.stream().distinct().toArray(UUID[]::new))
			.bind("limit", limit)
			.bind("kind", kind)
			.bind("subjectType", subjectType)
			.bind("subjectId", subjectId)
			.bind("at", at);
		spec = (after != null) ? spec.bind("after", after) : spec.bindNull("after", UUID.class);
		spec = (actor != null) ? spec.bind("actor", actor) : spec.bindNull("actor", UUID.class);
		return spec.map((row, meta) -> notification(row)).all();
	}

	/**
	 * Whether {@code followee} has followers after {@code after}, besides
	 * {@code excluded}.
	 */
	Mono<Boolean> hasFollowersAfter(UUID followee, UUID after, Collection<UUID> excluded) {
		return this.db
			.sql("SELECT EXISTS (SELECT 1 FROM follow WHERE followee_id = :followee AND follower_id > :after "
					+ "AND follower_id <> ALL(:excluded)) AS more")
			.bind("followee", followee)
			.bind("after", after)
			.bind("excluded", excluded.stream().distinct().toArray(UUID[]::new))
			.map((row, meta) -> Boolean.TRUE.equals(row.get("more", Boolean.class)))
			.one();
	}

	Flux<Notification> findAllById(Collection<UUID> ids) {
		return this.db.sql("SELECT " + COLUMNS + " FROM notification WHERE id = ANY(:ids)")
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row, meta) -> notification(row))
			.all();
	}

	/** One page (plus one row, to tell whether more follow), newest first. */
	Flux<Notification> page(UUID recipient, boolean unreadOnly, PageRequest page) {
		return this.db
			.sql("SELECT " + COLUMNS + " FROM notification WHERE recipient_id = :recipient "
					+ "AND (NOT :unreadOnly OR read_at IS NULL) AND (created_at, id) < (:afterTime, :afterId) "
					+ "ORDER BY created_at DESC, id DESC LIMIT :limit")
			.bind("recipient", recipient)
			.bind("unreadOnly", unreadOnly)
			.bind("afterTime", page.after().time())
			.bind("afterId", page.after().id())
			.bind("limit", page.first() + 1)
			.map((row, meta) -> notification(row))
			.all();
	}

	Mono<Long> unreadCount(UUID recipient) {
		return this.db.sql("SELECT count(*) AS n FROM notification WHERE recipient_id = :recipient AND read_at IS NULL")
			.bind("recipient", recipient)
			.map((row, meta) -> row.get("n", Long.class))
			.one();
	}

	/** Marks the recipient's own notifications among {@code ids}; returns them all. */
	Flux<Notification> markRead(UUID recipient, Collection<UUID> ids, Instant at) {
		return this.db
			.sql("UPDATE notification SET read_at = COALESCE(read_at, :at) WHERE recipient_id = :recipient "
					+ "AND id = ANY(:ids) RETURNING " + COLUMNS)
			.bind("at", at)
			.bind("recipient", recipient)
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row, meta) -> notification(row))
			.all();
	}

	private static Notification notification(Row row) {
		return new Notification(row.get("id", UUID.class), row.get("recipient_id", UUID.class),
				row.get("kind", String.class), row.get("subject_type", String.class), row.get("subject_id", UUID.class),
				row.get("actor_id", UUID.class), row.get("read_at", Instant.class),
				row.get("created_at", Instant.class));
	}

}
