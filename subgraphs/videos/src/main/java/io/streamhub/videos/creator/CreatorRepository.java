package io.streamhub.videos.creator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.streamhub.platform.paging.Cursor;
import io.streamhub.videos.video.Video;
import io.streamhub.videos.video.VideoRows;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Creators' videos for many creators at once: every query is one statement.
 */
@Repository
class CreatorRepository {

	private static final Instant START_TIME = Instant.parse("9999-12-31T00:00:00Z");

	private static final UUID START_ID = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");

	private static final String VISIBLE = "x.deleted_at IS NULL AND (k.see_all OR (x.visibility = 'PUBLIC' "
			+ "AND x.status = 'READY'))";

	private final DatabaseClient db;

	CreatorRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * One page per key (each fetched with one extra row): a lateral join over the keys.
	 * @param keys the pages
	 * @param seeAll per key, whether the viewer sees all of that creator's videos
	 * @return rows grouped by key index
	 */
	Mono<Map<Integer, List<Video>>> pages(List<CreatorPageKey> keys, List<Boolean> seeAll) {
		String sql = "SELECT k.idx, " + VideoRows.COLUMNS + " FROM unnest(CAST(:owners AS uuid[]), "
				+ "CAST(:limits AS int[]), CAST(:times AS timestamptz[]), CAST(:ids AS uuid[]), "
				+ "CAST(:seeAll AS boolean[])) WITH ORDINALITY AS k(owner_id, lim, after_time, after_id, see_all, idx) "
				+ "CROSS JOIN LATERAL (SELECT * FROM video x WHERE x.owner_id = k.owner_id AND " + VISIBLE
				+ " AND (x.created_at, x.id) < (k.after_time, k.after_id) "
				+ "ORDER BY x.created_at DESC, x.id DESC LIMIT k.lim) v ORDER BY k.idx, v.created_at DESC, v.id DESC";
		return this.db.sql(sql)
			.bind("owners", keys.stream().map(CreatorPageKey::creatorId).toArray(UUID[]::new))
			.bind("limits", keys.stream().map((key) -> key.page().first() + 1).toArray(Integer[]::new))
			.bind("times", keys.stream().map((key) -> afterTime(key.page().after())).toArray(String[]::new))
			.bind("ids", keys.stream().map((key) -> afterId(key.page().after())).toArray(UUID[]::new))
			.bind("seeAll", seeAll.toArray(Boolean[]::new))
			.map((row, meta) -> Map.entry(row.get("idx", Long.class).intValue() - 1, VideoRows.map(row)))
			.all()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * How many videos each creator has that the viewer may see.
	 * @param creators the creators
	 * @param seeAll per creator, whether the viewer sees all of their videos
	 * @return count per creator
	 */
	Mono<Map<UUID, Long>> counts(List<UUID> creators, List<Boolean> seeAll) {
		String sql = "SELECT k.owner_id, (SELECT count(*) FROM video x WHERE x.owner_id = k.owner_id AND " + VISIBLE
				+ ") AS n FROM unnest(CAST(:owners AS uuid[]), CAST(:seeAll AS boolean[])) AS k(owner_id, see_all)";
		return this.db.sql(sql)
			.bind("owners", creators.toArray(UUID[]::new))
			.bind("seeAll", seeAll.toArray(Boolean[]::new))
			.map((row, meta) -> Map.entry(row.get("owner_id", UUID.class), row.get("n", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	private static String afterTime(@Nullable Cursor after) {
		return (after != null) ? after.key() : START_TIME.toString();
	}

	private static UUID afterId(@Nullable Cursor after) {
		return (after != null) ? after.id() : START_ID;
	}

}
