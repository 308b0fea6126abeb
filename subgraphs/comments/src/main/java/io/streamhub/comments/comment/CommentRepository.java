package io.streamhub.comments.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import io.streamhub.comments.access.VideoAccess;
import io.streamhub.platform.paging.Cursor;
import io.streamhub.platform.paging.PageRequest;
import io.streamhub.platform.security.AuthenticatedUser;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code comment}. Deleted comments are never returned; every list and count takes
 * many owners and is one statement.
 */
@Repository
class CommentRepository {

	private static final String COLUMNS = "c.id, c.video_id, c.parent_id, c.author_id, c.body, c.created_at, "
			+ "c.edited_at, c.status, c.like_count";

	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	private static final UUID MAX_ID = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");

	private static final UUID MIN_ID = new UUID(0, 0);

	/**
	 * Hidden comments are listed to their author and admins only (as
	 * {@link Comment#shownTo}); a deleted comment that keeps its place is listed to all.
	 */
	private static final String SHOWN = "(x.status <> 'HIDDEN' OR x.author_id = :viewer OR :admin)";

	private static final Integer MAX_LIKES = Integer.MAX_VALUE;

	private final DatabaseClient db;

	CommentRepository(DatabaseClient db) {
		this.db = db;
	}

	Flux<Comment> findAllById(Collection<UUID> ids) {
		return this.db.sql("SELECT " + COLUMNS + " FROM comment c WHERE c.id = ANY(:ids) AND c.deleted_at IS NULL")
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row, meta) -> comment(row))
			.all();
	}

	/**
	 * Comments with their video's access row (null when the video is unknown), in one
	 * statement: visibility needs both, and a second DataLoader chained after the first
	 * would not be dispatched in the same pass.
	 */
	Flux<VisibleComment> findAllWithAccess(Collection<UUID> ids) {
		return this.db.sql("SELECT " + COLUMNS + ", a.owner_id, a.visibility, a.status AS video_status, a.deleted "
				+ "FROM comment c "
				+ "LEFT JOIN video_access a ON a.video_id = c.video_id WHERE c.id = ANY(:ids) AND c.deleted_at IS NULL")
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row, meta) -> new VisibleComment(comment(row), access(row)))
			.all();
	}

	private static @Nullable VideoAccess access(Readable row) {
		UUID owner = row.get("owner_id", UUID.class);
		if (owner == null) {
			return null;
		}
		return new VideoAccess(row.get("video_id", UUID.class), owner, row.get("visibility", String.class),
				row.get("video_status", String.class), Boolean.TRUE.equals(row.get("deleted", Boolean.class)));
	}

	Mono<Comment> lock(UUID id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM comment c WHERE c.id = :id AND c.deleted_at IS NULL FOR UPDATE")
			.bind("id", id)
			.map((row, meta) -> comment(row))
			.one();
	}

	Mono<Void> insert(Comment comment) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("INSERT INTO comment (id, video_id, parent_id, author_id, body, created_at, status) "
					+ "VALUES (:id, :video, :parent, :author, :body, :at, :status)")
			.bind("status", comment.status())
			.bind("id", comment.id())
			.bind("video", comment.videoId())
			.bind("author", comment.authorId())
			.bind("body", comment.body())
			.bind("at", comment.createdAt());
		spec = (comment.parentId() != null) ? spec.bind("parent", comment.parentId())
				: spec.bindNull("parent", UUID.class);
		return spec.then();
	}

	/** Edits the body; a toxic body hides the comment again. */
	Mono<Comment> updateBody(UUID id, String body, boolean toxic, Instant now) {
		return this.db
			.sql("UPDATE comment c SET body = :body, edited_at = :now, status = CASE WHEN :toxic THEN 'HIDDEN' "
					+ "ELSE status END WHERE id = :id RETURNING " + COLUMNS)
			.bind("id", id)
			.bind("toxic", toxic)
			.bind("body", body)
			.bind("now", now)
			.map((row, meta) -> comment(row))
			.one();
	}

	/**
	 * Deletes a comment as its author or an admin asks: its text is removed and its
	 * status becomes DELETED; a top-level comment that has replies keeps its place (so
	 * does its thread), any other goes. A reply that was the last one of such a
	 * placeholder takes the placeholder along.
	 * @param comment the comment (locked)
	 * @param now the time
	 * @return the comment as deleted
	 */
	Mono<Comment> delete(Comment comment, Instant now) {
		Mono<Comment> deleted = this.db
			.sql("UPDATE comment c SET status = 'DELETED', body = '', deleted_at = CASE WHEN c.parent_id IS NULL "
					+ "AND EXISTS (SELECT 1 FROM comment r WHERE r.parent_id = c.id AND r.deleted_at IS NULL) "
					+ "THEN NULL ELSE CAST(:now AS timestamptz) END WHERE c.id = :id RETURNING " + COLUMNS)
			.bind("id", comment.id())
			.bind("now", now)
			.map((row, meta) -> comment(row))
			.one();
		UUID parent = comment.parentId();
		if (parent == null) {
			return deleted;
		}
		return deleted.flatMap((reply) -> this.db
			.sql("UPDATE comment p SET deleted_at = :now WHERE p.id = :parent AND p.status = 'DELETED' "
					+ "AND p.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM comment r WHERE r.parent_id = p.id "
					+ "AND r.deleted_at IS NULL)")
			.bind("parent", parent)
			.bind("now", now)
			.then()
			.thenReturn(reply));
	}

	/** Deletes a comment and its replies (a moderator's REMOVE). */
	Mono<Void> softDelete(UUID id, Instant now) {
		return this.db
			.sql("UPDATE comment SET deleted_at = :now WHERE (id = :id OR parent_id = :id) AND deleted_at IS NULL")
			.bind("id", id)
			.bind("now", now)
			.then();
	}

	/**
	 * Pages of top-level comments (newest first) or replies (oldest first), one per key,
	 * each fetched with one extra row, in one statement.
	 * @return rows grouped by key index
	 */
	Mono<Map<Integer, List<Comment>>> pages(List<PageKey> keys, boolean replies, @Nullable AuthenticatedUser viewer) {
		String owner = replies ? "parent_id" : "video_id";
		String compare = replies ? ">" : "<";
		String direction = replies ? "ASC" : "DESC";
		String topLevel = replies ? "" : " AND x.parent_id IS NULL";
		String sql = "SELECT k.idx, " + COLUMNS + " FROM unnest(CAST(:owners AS uuid[]), CAST(:limits AS int[]), "
				+ "CAST(:times AS timestamptz[]), CAST(:ids AS uuid[])) WITH ORDINALITY AS k(owner_id, lim, after_time, "
				+ "after_id, idx) CROSS JOIN LATERAL (SELECT * FROM comment x WHERE x." + owner + " = k.owner_id"
				+ topLevel + " AND x.deleted_at IS NULL AND " + SHOWN + " AND (x.created_at, x.id) " + compare
				+ " (k.after_time, k.after_id) ORDER BY x.created_at " + direction + ", x.id " + direction
				+ " LIMIT k.lim) c ORDER BY k.idx, c.created_at " + direction + ", c.id " + direction;
		return this.db.sql(sql)
			.bind("owners", keys.stream().map(PageKey::ownerId).toArray(UUID[]::new))
			.bind("limits", keys.stream().map((key) -> key.page().first() + 1).toArray(Integer[]::new))
			.bind("times", keys.stream().map((key) -> afterTime(key.page().after(), replies)).toArray(String[]::new))
			.bind("ids", keys.stream().map((key) -> afterId(key.page().after(), replies)).toArray(UUID[]::new))
			.bind("viewer", (viewer != null) ? viewer.id() : MIN_ID)
			.bind("admin", viewer != null && viewer.isAdmin())
			.map((row, meta) -> Map.entry(row.get("idx", Long.class).intValue() - 1, comment(row)))
			.all()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * Pages of top-level comments, most liked first, then newest, one per key, each
	 * fetched with one extra row, in one statement.
	 * @return rows grouped by key index
	 */
	Mono<Map<Integer, List<Comment>>> topPages(List<PageKey> keys, @Nullable AuthenticatedUser viewer) {
		String order = "like_count DESC, %1$s.created_at DESC, %1$s.id DESC";
		String sql = "SELECT k.idx, " + COLUMNS + " FROM unnest(CAST(:owners AS uuid[]), CAST(:limits AS int[]), "
				+ "CAST(:likes AS int[]), CAST(:times AS timestamptz[]), CAST(:ids AS uuid[])) WITH ORDINALITY "
				+ "AS k(owner_id, lim, after_likes, after_time, after_id, idx) CROSS JOIN LATERAL (SELECT * FROM "
				+ "comment x WHERE x.video_id = k.owner_id AND x.parent_id IS NULL AND x.deleted_at IS NULL AND "
				+ SHOWN + " AND (x.like_count, x.created_at, x.id) < (k.after_likes, k.after_time, k.after_id) "
				+ "ORDER BY x." + String.format(order, "x") + " LIMIT k.lim) c ORDER BY k.idx, c."
				+ String.format(order, "c");
		return this.db.sql(sql)
			.bind("owners", keys.stream().map(PageKey::ownerId).toArray(UUID[]::new))
			.bind("limits", keys.stream().map((key) -> key.page().first() + 1).toArray(Integer[]::new))
			.bind("likes", keys.stream().map((key) -> afterLikes(key.page().after())).toArray(Integer[]::new))
			.bind("times", keys.stream().map((key) -> afterTime(key.page().after(), false)).toArray(String[]::new))
			.bind("ids", keys.stream().map((key) -> afterId(key.page().after(), false)).toArray(UUID[]::new))
			.bind("viewer", (viewer != null) ? viewer.id() : MIN_ID)
			.bind("admin", viewer != null && viewer.isAdmin())
			.map((row, meta) -> Map.entry(row.get("idx", Long.class).intValue() - 1, comment(row)))
			.all()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * Counts per video (all comments and replies) or per parent (replies), in one
	 * statement; comments hidden pending review are not counted.
	 */
	Mono<Map<UUID, Long>> counts(Collection<UUID> owners, boolean replies) {
		String owner = replies ? "parent_id" : "video_id";
		return this.db
			.sql("SELECT " + owner + " AS owner_id, count(*) AS n FROM comment WHERE " + owner
					+ " = ANY(:ids) AND deleted_at IS NULL AND status = 'VISIBLE' GROUP BY " + owner)
			.bind("ids", owners.toArray(UUID[]::new))
			.map((row, meta) -> Map.entry(row.get("owner_id", UUID.class), row.get("n", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	/** Records a report; a second report of the same user is ignored. */
	Mono<Void> report(UUID commentId, UUID userId, String reason, Instant now) {
		return this.db
			.sql("INSERT INTO comment_report (comment_id, user_id, reason, created_at) "
					+ "VALUES (:comment, :user, :reason, :now) ON CONFLICT DO NOTHING")
			.bind("comment", commentId)
			.bind("user", userId)
			.bind("reason", reason)
			.bind("now", now)
			.then();
	}

	/**
	 * Hides a visible comment once enough distinct users reported it since its last
	 * approval.
	 */
	Mono<Void> hideIfReported(UUID id, int reports) {
		return this.db
			.sql("UPDATE comment c SET status = 'HIDDEN' WHERE c.id = :id AND c.status = 'VISIBLE' AND "
					+ "(SELECT count(*) FROM comment_report r WHERE r.comment_id = c.id "
					+ "AND (c.reviewed_at IS NULL OR r.created_at > c.reviewed_at)) >= :reports")
			.bind("id", id)
			.bind("reports", reports)
			.then();
	}

	/** Hidden comments pending review, oldest first, fetched with one extra row. */
	Flux<Comment> hidden(PageRequest page) {
		Cursor after = page.after();
		return this.db
			.sql("SELECT " + COLUMNS + " FROM comment c WHERE c.status = 'HIDDEN' AND c.deleted_at IS NULL "
					+ "AND (c.created_at, c.id) > (CAST(:time AS timestamptz), :id) ORDER BY c.created_at, c.id "
					+ "LIMIT :limit")
			.bind("time", afterTime(after, true))
			.bind("id", afterId(after, true))
			.bind("limit", page.first() + 1)
			.map((row, meta) -> comment(row))
			.all();
	}

	Mono<Comment> approve(UUID id, Instant now) {
		return this.db
			.sql("UPDATE comment c SET status = 'VISIBLE', reviewed_at = :now WHERE id = :id RETURNING " + COLUMNS)
			.bind("id", id)
			.bind("now", now)
			.map((row, meta) -> comment(row))
			.one();
	}

	/**
	 * Removes a comment's text and marks it deleted (its replies go with
	 * {@link #softDelete}).
	 */
	Mono<Comment> remove(UUID id, Instant now) {
		return this.db
			.sql("UPDATE comment c SET status = 'DELETED', body = '', reviewed_at = :now, deleted_at = :now "
					+ "WHERE id = :id RETURNING " + COLUMNS)
			.bind("id", id)
			.bind("now", now)
			.map((row, meta) -> comment(row))
			.one();
	}

	private static String afterTime(@Nullable Cursor after, boolean ascending) {
		return (after != null) ? CommentOrder.time(after) : (ascending ? EARLIEST : LATEST).toString();
	}

	private static Integer afterLikes(@Nullable Cursor after) {
		return (after != null) ? CommentOrder.likes(after) : MAX_LIKES;
	}

	private static UUID afterId(@Nullable Cursor after, boolean ascending) {
		return (after != null) ? after.id() : (ascending ? MIN_ID : MAX_ID);
	}

	private static Comment comment(Readable row) {
		return new Comment(row.get("id", UUID.class), row.get("video_id", UUID.class), row.get("parent_id", UUID.class),
				row.get("author_id", UUID.class), row.get("body", String.class), row.get("created_at", Instant.class),
				row.get("edited_at", Instant.class), row.get("status", String.class),
				row.get("like_count", Integer.class));
	}

}
