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
