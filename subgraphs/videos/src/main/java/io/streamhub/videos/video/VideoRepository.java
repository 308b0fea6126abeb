package io.streamhub.videos.video;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code video}. Deleted videos are never returned.
 */
@Repository
public class VideoRepository {

	private static final String SELECT = "SELECT " + VideoRows.COLUMNS + " FROM video v ";

	private final DatabaseClient db;

	VideoRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * One statement for any number of ids.
	 * @param ids the ids
	 * @return the videos that exist and are not deleted
	 */
	public Flux<Video> findAllById(Collection<UUID> ids) {
		return this.db.sql(SELECT + "WHERE v.id = ANY(:ids) AND v.deleted_at IS NULL")
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row, meta) -> VideoRows.map(row))
			.all();
	}

	/**
	 * One video, locked for update until the transaction ends.
	 * @param id the id
	 * @return the video, empty when missing or deleted
	 */
	public Mono<Video> lock(UUID id) {
		return this.db.sql(SELECT + "WHERE v.id = :id AND v.deleted_at IS NULL FOR UPDATE")
			.bind("id", id)
			.map((row, meta) -> VideoRows.map(row))
			.one();
	}

	public Mono<Video> findById(UUID id) {
		return this.db.sql(SELECT + "WHERE v.id = :id AND v.deleted_at IS NULL")
			.bind("id", id)
			.map((row, meta) -> VideoRows.map(row))
			.one();
	}

	Mono<Void> insert(Video video) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("INSERT INTO video (id, owner_id, title, description, tags, category, visibility, status, source_key, "
					+ "source_size, content_type, created_at, updated_at) VALUES (:id, :owner, :title, :description, "
					+ ":tags, :category, :visibility, :status, :sourceKey, :sourceSize, :contentType, :now, :now)")
			.bind("id", video.id())
			.bind("owner", video.ownerId())
			.bind("title", video.title())
			.bind("description", video.description())
			.bind("tags", video.tags().toArray(String[]::new))
			.bind("visibility", video.visibility().name())
			.bind("status", video.status().name())
			.bind("sourceKey", video.sourceKey())
			.bind("sourceSize", video.sourceSize())
			.bind("contentType", video.contentType())
			.bind("now", video.createdAt());
		return nullable(spec, "category", video.category()).then();
	}

	/**
	 * One page of a listing, fetched with one extra row.
	 */
	Flux<Video> list(VideoFilter filter, boolean listedOnly, VideoOrder order, int limit, @Nullable Object afterKey,
			@Nullable UUID afterId) {
		StringBuilder sql = new StringBuilder(SELECT).append("WHERE v.deleted_at IS NULL");
		if (listedOnly) {
			sql.append(" AND ").append(VideoAccess.LISTED);
		}
		appendIf(sql, filter.creatorId() != null, " AND v.owner_id = :creator");
		appendIf(sql, filter.category() != null, " AND v.category = :category");
		appendIf(sql, filter.tag() != null, " AND v.tags @> ARRAY[CAST(:tag AS text)]");
		appendIf(sql, afterKey != null, " AND (" + order.column() + ", v.id) < (:afterKey, :afterId)");
		sql.append(" ORDER BY ").append(order.column()).append(" DESC, v.id DESC LIMIT :limit");
		DatabaseClient.GenericExecuteSpec spec = this.db.sql(sql.toString()).bind("limit", limit);
		spec = (filter.creatorId() != null) ? spec.bind("creator", filter.creatorId()) : spec;
		spec = (filter.category() != null) ? spec.bind("category", filter.category()) : spec;
		spec = (filter.tag() != null) ? spec.bind("tag", filter.tag()) : spec;
		spec = (afterKey != null && afterId != null) ? spec.bind("afterKey", afterKey).bind("afterId", afterId) : spec;
		return spec.map((row, meta) -> VideoRows.map(row)).all();
	}

	Mono<Video> update(UUID id, VideoChange change, Instant now) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("UPDATE video v SET "
					+ "title = COALESCE(:title, title), description = COALESCE(:description, description), "
					+ "tags = CASE WHEN :tagsSet THEN :tags ELSE tags END, "
					+ "category = CASE WHEN :categorySet THEN NULLIF(:category, '') ELSE category END, "
					+ "visibility = COALESCE(:visibility, visibility), updated_at = :now "
					+ "WHERE id = :id AND deleted_at IS NULL RETURNING " + VideoRows.COLUMNS)
			.bind("id", id)
			.bind("now", now)
			.bind("tagsSet", change.tags() != null)
			.bind("categorySet", change.category() != null)
			.bind("tags", (change.tags() != null) ? change.tags().toArray(String[]::new) : new String[0]);
		spec = nullable(spec, "title", change.title());
		spec = nullable(spec, "description", change.description());
		spec = nullable(spec, "category", change.category());
		spec = nullable(spec, "visibility", (change.visibility() != null) ? change.visibility().name() : null);
		return spec.map((row, meta) -> VideoRows.map(row)).one();
	}

	Mono<Boolean> softDelete(UUID id, Instant now) {
		return this.db
			.sql("UPDATE video SET deleted_at = :now, updated_at = :now WHERE id = :id AND deleted_at IS NULL")
			.bind("id", id)
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	/**
	 * UPLOADING → PROCESSING.
	 * @param id the video
	 * @param now the time
	 * @return the updated video, empty when it was not UPLOADING
	 */
	public Mono<Video> markProcessing(UUID id, Instant now) {
		return this.db
			.sql("UPDATE video v SET status = 'PROCESSING', processing_progress = 0, updated_at = :now "
					+ "WHERE id = :id AND status = 'UPLOADING' AND deleted_at IS NULL RETURNING " + VideoRows.COLUMNS)
			.bind("id", id)
			.bind("now", now)
			.map((row, meta) -> VideoRows.map(row))
			.one();
	}

	/**
	 * Raises the progress of a PROCESSING video (never lowers it).
	 * @param id the video
	 * @param percent 0-100
	 * @param now the time
	 * @return the updated video, empty when it is not PROCESSING or the progress did not
	 * rise
	 */
	public Mono<Video> progress(UUID id, int percent, Instant now) {
		return this.db
			.sql("UPDATE video v SET processing_progress = :percent, updated_at = :now WHERE id = :id "
					+ "AND status = 'PROCESSING' AND processing_progress < :percent AND deleted_at IS NULL RETURNING "
					+ VideoRows.COLUMNS)
			.bind("id", id)
			.bind("percent", percent)
			.bind("now", now)
			.map((row, meta) -> VideoRows.map(row))
			.one();
	}

	/**
	 * PROCESSING → READY with the worker's outputs.
	 * @param id the video
	 * @param outputs what the worker produced
	 * @param now the time
	 * @return the updated video, empty when it was not PROCESSING
	 */
	public Mono<Video> markReady(UUID id, MediaOutputs outputs, Instant now) {
		return this.db
			.sql("UPDATE video v SET status = 'READY', processing_progress = 100, failure_reason = NULL, "
					+ "duration_seconds = :duration, width = :width, height = :height, master_key = :master, "
					+ "thumbnail_key = :thumbnail, renditions = CAST(:renditions AS jsonb), published_at = :now, "
					+ "updated_at = :now WHERE id = :id AND status = 'PROCESSING' AND deleted_at IS NULL RETURNING "
					+ VideoRows.COLUMNS)
			.bind("id", id)
			.bind("duration", outputs.durationSeconds())
			.bind("width", outputs.width())
			.bind("height", outputs.height())
			.bind("master", outputs.masterKey())
			.bind("thumbnail", outputs.thumbnailKey())
			.bind("renditions", VideoRows.renditionsJson(outputs.renditions()))
			.bind("now", now)
			.map((row, meta) -> VideoRows.map(row))
			.one();
	}

	/**
	 * PROCESSING → FAILED.
	 * @param id the video
	 * @param reason why
	 * @param now the time
	 * @return the updated video, empty when it was not PROCESSING
	 */
	public Mono<Video> markFailed(UUID id, String reason, Instant now) {
		return this.db
			.sql("UPDATE video v SET status = 'FAILED', failure_reason = :reason, updated_at = :now "
					+ "WHERE id = :id AND status = 'PROCESSING' AND deleted_at IS NULL RETURNING " + VideoRows.COLUMNS)
			.bind("id", id)
			.bind("reason", reason)
			.bind("now", now)
			.map((row, meta) -> VideoRows.map(row))
			.one();
	}

	private static void appendIf(StringBuilder sql, boolean condition, String text) {
		if (condition) {
			sql.append(text);
		}
	}

	private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
			@Nullable String value) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, String.class);
	}

}
