package io.streamhub.comments.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import io.streamhub.comments.access.VideoAccess;
import io.streamhub.comments.paging.Cursor;
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
			+ "c.edited_at";

	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	private static final UUID MAX_ID = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");

	private static final UUID MIN_ID = new UUID(0, 0);

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
		return this.db.sql("SELECT " + COLUMNS + ", a.owner_id, a.visibility, a.status, a.deleted FROM comment c "
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
				row.get("status", String.class), Boolean.TRUE.equals(row.get("deleted", Boolean.class)));
	}

	Mono<Comment> lock(UUID id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM comment c WHERE c.id = :id AND c.deleted_at IS NULL FOR UPDATE")
			.bind("id", id)
			.map((row, meta) -> comment(row))
			.one();
	}

	Mono<Void> insert(Comment comment) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("INSERT INTO comment (id, video_id, parent_id, author_id, body, created_at) "
					+ "VALUES (:id, :video, :parent, :author, :body, :at)")
			.bind("id", comment.id())
			.bind("video", comment.videoId())
			.bind("author", comment.authorId())
			.bind("body", comment.body())
			.bind("at", comment.createdAt());
		spec = (comment.parentId() != null) ? spec.bind("parent", comment.parentId())
				: spec.bindNull("parent", UUID.class);
		return spec.then();
	}

	Mono<Comment> updateBody(UUID id, String body, Instant now) {
		return this.db.sql("UPDATE comment c SET body = :body, edited_at = :now WHERE id = :id RETURNING " + COLUMNS)
			.bind("id", id)
			.bind("body", body)
			.bind("now", now)
			.map((row, meta) -> comment(row))
			.one();
	}

	/** Deletes a comment and its replies. */
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
	Mono<Map<Integer, List<Comment>>> pages(List<PageKey> keys, boolean replies) {
		String owner = replies ? "parent_id" : "video_id";
		String compare = replies ? ">" : "<";
		String direction = replies ? "ASC" : "DESC";
		String topLevel = replies ? "" : " AND x.parent_id IS NULL";
		String sql = "SELECT k.idx, " + COLUMNS + " FROM unnest(CAST(:owners AS uuid[]), CAST(:limits AS int[]), "
				+ "CAST(:times AS timestamptz[]), CAST(:ids AS uuid[])) WITH ORDINALITY AS k(owner_id, lim, after_time, "
				+ "after_id, idx) CROSS JOIN LATERAL (SELECT * FROM comment x WHERE x." + owner + " = k.owner_id"
				+ topLevel + " AND x.deleted_at IS NULL AND (x.created_at, x.id) " + compare
				+ " (k.after_time, k.after_id) ORDER BY x.created_at " + direction + ", x.id " + direction
				+ " LIMIT k.lim) c ORDER BY k.idx, c.created_at " + direction + ", c.id " + direction;
		return this.db.sql(sql)
			.bind("owners", keys.stream().map(PageKey::ownerId).toArray(UUID[]::new))
			.bind("limits", keys.stream().map((key) -> key.page().first() + 1).toArray(Integer[]::new))
			.bind("times", keys.stream().map((key) -> afterTime(key.page().after(), replies)).toArray(String[]::new))
			.bind("ids", keys.stream().map((key) -> afterId(key.page().after(), replies)).toArray(UUID[]::new))
			.map((row, meta) -> Map.entry(row.get("idx", Long.class).intValue() - 1, comment(row)))
			.all()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * Counts per video (all comments and replies) or per parent (replies), in one
	 * statement.
	 */
	Mono<Map<UUID, Long>> counts(Collection<UUID> owners, boolean replies) {
		String owner = replies ? "parent_id" : "video_id";
		return this.db
			.sql("SELECT " + owner + " AS owner_id, count(*) AS n FROM comment WHERE " + owner
					+ " = ANY(:ids) AND deleted_at IS NULL GROUP BY " + owner)
			.bind("ids", owners.toArray(UUID[]::new))
			.map((row, meta) -> Map.entry(row.get("owner_id", UUID.class), row.get("n", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	private static String afterTime(@Nullable Cursor after, boolean ascending) {
		return (after != null) ? after.key() : (ascending ? EARLIEST : LATEST).toString();
	}

	private static UUID afterId(@Nullable Cursor after, boolean ascending) {
		return (after != null) ? after.id() : (ascending ? MIN_ID : MAX_ID);
	}

	private static Comment comment(Readable row) {
		return new Comment(row.get("id", UUID.class), row.get("video_id", UUID.class), row.get("parent_id", UUID.class),
				row.get("author_id", UUID.class), row.get("body", String.class), row.get("created_at", Instant.class),
				row.get("edited_at", Instant.class));
	}

}
