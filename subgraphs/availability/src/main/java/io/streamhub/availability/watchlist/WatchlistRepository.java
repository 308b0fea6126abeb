package io.streamhub.availability.watchlist;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import io.streamhub.platform.paging.Cursor;
import io.streamhub.platform.paging.PageRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code watchlist}, read through the video projection so that a video the user may
 * no longer see is left out.
 */
@Repository
class WatchlistRepository {

	/**
	 * The videos service's visibility rule for the watchlist's owner (no admin bypass).
	 */
	private static final String VISIBLE_TO_OWNER = "NOT a.deleted AND (a.owner_id = w.user_id "
			+ "OR (a.visibility <> 'PRIVATE' AND a.status = 'READY'))";

	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	private static final UUID MAX_ID = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");

	private final DatabaseClient db;

	WatchlistRepository(DatabaseClient db) {
		this.db = db;
	}

	/** Adds an entry, or returns the existing one (idempotent). */
	Mono<WatchlistEntry> add(UUID userId, UUID videoId, Instant now) {
		return this.db
			.sql("INSERT INTO watchlist (user_id, video_id, added_at) VALUES (:user, :video, :now) "
					+ "ON CONFLICT (user_id, video_id) DO UPDATE SET added_at = watchlist.added_at "
					+ "RETURNING user_id, video_id, added_at")
			.bind("user", userId)
			.bind("video", videoId)
			.bind("now", now)
			.map((row, meta) -> entry(row))
			.one();
	}

	Mono<Void> remove(UUID userId, UUID videoId) {
		return this.db.sql("DELETE FROM watchlist WHERE user_id = :user AND video_id = :video")
			.bind("user", userId)
			.bind("video", videoId)
			.then();
	}

	/** A page of a watchlist, newest first, fetched with one extra row. */
	Flux<WatchlistEntry> page(UUID userId, PageRequest page) {
		Cursor after = page.after();
		return this.db
			.sql("SELECT w.user_id, w.video_id, w.added_at FROM watchlist w JOIN video_access a ON a.video_id = "
					+ "w.video_id WHERE w.user_id = :user AND " + VISIBLE_TO_OWNER
					+ " AND (w.added_at, w.video_id) < (CAST(:time AS timestamptz), :id) "
					+ "ORDER BY w.added_at DESC, w.video_id DESC LIMIT :limit")
			.bind("user", userId)
			.bind("time", (after != null) ? after.key() : LATEST.toString())
			.bind("id", (after != null) ? after.id() : MAX_ID)
			.bind("limit", page.first() + 1)
			.map((row, meta) -> entry(row))
			.all();
	}

	/** Who has each video on their watchlist and may still see it. */
	Mono<Map<UUID, List<UUID>>> watchers(Collection<UUID> videoIds) {
		return this.db
			.sql("SELECT w.video_id, w.user_id FROM watchlist w JOIN video_access a ON a.video_id = w.video_id "
					+ "WHERE w.video_id = ANY(:ids) AND " + VISIBLE_TO_OWNER + " ORDER BY w.video_id, w.user_id")
			.bind("ids", videoIds.toArray(UUID[]::new))
			.map((row, meta) -> Map.entry(row.get("video_id", UUID.class), row.get("user_id", UUID.class)))
			.all()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** Videos on at least {@code minimum} watchlists (the hot tier). */
	Flux<UUID> watchedVideos(int minimum) {
		return this.db.sql("SELECT video_id FROM watchlist GROUP BY video_id HAVING count(*) >= :minimum")
			.bind("minimum", Math.max(1, minimum))
			.map((row, meta) -> row.get("video_id", UUID.class))
			.all();
	}

	private static WatchlistEntry entry(Readable row) {
		return new WatchlistEntry(row.get("user_id", UUID.class), row.get("video_id", UUID.class),
				row.get("added_at", Instant.class));
	}

}
