package io.streamhub.videos.playlist;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import io.streamhub.videos.video.VideoRows;
import io.streamhub.videos.video.Visibility;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code playlist} and {@code playlist_item}. Positions are 0-based and dense;
 * every change of positions runs while the playlist row is locked.
 */
@Repository
class PlaylistRepository {

	private static final String COLUMNS = "id, owner_id, title, description, visibility, created_at";

	/** Videos of a playlist the viewer may see (same rule as VideoAccess#canSee). */
	private static final String VISIBLE_VIDEO = "v.deleted_at IS NULL AND (v.owner_id = :viewer OR :admin OR "
			+ "(v.visibility <> 'PRIVATE' AND v.status = 'READY'))";

	private final DatabaseClient db;

	PlaylistRepository(DatabaseClient db) {
		this.db = db;
	}

	Flux<Playlist> findAllById(Collection<UUID> ids) {
		return this.db.sql("SELECT " + COLUMNS + " FROM playlist WHERE id = ANY(:ids)")
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row, meta) -> playlist(row))
			.all();
	}

	Mono<Playlist> lock(UUID id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM playlist WHERE id = :id FOR UPDATE")
			.bind("id", id)
			.map((row, meta) -> playlist(row))
			.one();
	}

	Mono<Playlist> insert(UUID id, UUID owner, PlaylistChange change, Instant now) {
		return this.db
			.sql("INSERT INTO playlist (id, owner_id, title, description, visibility, created_at, updated_at) "
					+ "VALUES (:id, :owner, :title, :description, :visibility, :now, :now) RETURNING " + COLUMNS)
			.bind("id", id)
			.bind("owner", owner)
			.bind("title", String.valueOf(change.title()))
			.bind("description", String.valueOf(change.description()))
			.bind("visibility", String.valueOf(change.visibility()))
			.bind("now", now)
			.map((row, meta) -> playlist(row))
			.one();
	}

	Mono<Playlist> update(UUID id, PlaylistChange change, Instant now) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("UPDATE playlist SET title = COALESCE(:title, title), description = COALESCE(:description, "
					+ "description), visibility = COALESCE(:visibility, visibility), updated_at = :now "
					+ "WHERE id = :id RETURNING " + COLUMNS)
			.bind("id", id)
			.bind("now", now);
		spec = nullable(spec, "title", change.title());
		spec = nullable(spec, "description", change.description());
		spec = nullable(spec, "visibility", (change.visibility() != null) ? change.visibility().name() : null);
		return spec.map((row, meta) -> playlist(row)).one();
	}

	Mono<Void> delete(UUID id) {
		return this.db.sql("DELETE FROM playlist WHERE id = :id").bind("id", id).then();
	}

	/**
	 * Appends a video; a video already in the playlist stays where it is.
	 */
	Mono<Void> append(UUID playlistId, UUID videoId, Instant now) {
		return this.db
			.sql("INSERT INTO playlist_item (playlist_id, video_id, position, added_at) SELECT :playlist, :video, "
					+ "COALESCE(MAX(position) + 1, 0), :now FROM playlist_item WHERE playlist_id = :playlist "
					+ "ON CONFLICT (playlist_id, video_id) DO NOTHING")
			.bind("playlist", playlistId)
			.bind("video", videoId)
			.bind("now", now)
			.then();
	}

	Mono<Integer> positionOf(UUID playlistId, UUID videoId) {
		return this.db.sql("SELECT position FROM playlist_item WHERE playlist_id = :playlist AND video_id = :video")
			.bind("playlist", playlistId)
			.bind("video", videoId)
			.map((row, meta) -> row.get("position", Integer.class))
			.one();
	}

	Mono<Integer> size(UUID playlistId) {
		return this.db.sql("SELECT count(*) AS n FROM playlist_item WHERE playlist_id = :playlist")
			.bind("playlist", playlistId)
			.map((row, meta) -> row.get("n", Long.class).intValue())
			.one();
	}

	/**
	 * Removes a video and closes the gap.
	 */
	Mono<Void> remove(UUID playlistId, UUID videoId, int position) {
		return this.db.sql("DELETE FROM playlist_item WHERE playlist_id = :playlist AND video_id = :video")
			.bind("playlist", playlistId)
			.bind("video", videoId)
			.then()
			.then(shift(playlistId, position + 1, Integer.MAX_VALUE, -1));
	}

	/**
	 * Moves a video from one position to another, shifting the ones in between.
	 */
	Mono<Void> move(UUID playlistId, UUID videoId, int from, int to) {
		if (from == to) {
			return Mono.empty();
		}
		Mono<Void> shift = (to < from) ? shift(playlistId, to, from - 1, 1) : shift(playlistId, from + 1, to, -1);
		return setPosition(playlistId, videoId, -1).then(shift).then(setPosition(playlistId, videoId, to));
	}

	private Mono<Void> shift(UUID playlistId, int fromInclusive, int toInclusive, int delta) {
		return this.db
			.sql("UPDATE playlist_item SET position = position + :delta WHERE playlist_id = :playlist "
					+ "AND position BETWEEN :low AND :high")
			.bind("delta", delta)
			.bind("playlist", playlistId)
			.bind("low", fromInclusive)
			.bind("high", toInclusive)
			.then();
	}

	private Mono<Void> setPosition(UUID playlistId, UUID videoId, int position) {
		return this.db
			.sql("UPDATE playlist_item SET position = :position WHERE playlist_id = :playlist AND video_id = :video")
			.bind("position", position)
			.bind("playlist", playlistId)
			.bind("video", videoId)
			.then();
	}

	/**
	 * One page of visible videos per playlist (each fetched with one extra row), in one
	 * statement.
	 * @return rows grouped by key index
	 */
	Mono<Map<Integer, List<PlaylistEdge>>> pages(List<PlaylistPageKey> keys, UUID viewer, boolean admin) {
		String sql = "SELECT k.idx, v.item_position, " + VideoRows.COLUMNS + " FROM unnest(CAST(:playlists AS uuid[]), "
				+ "CAST(:limits AS int[]), CAST(:afters AS int[])) WITH ORDINALITY AS k(playlist_id, lim, after_pos, idx) "
				+ "CROSS JOIN LATERAL (SELECT i.position AS item_position, v.* FROM playlist_item i "
				+ "JOIN video v ON v.id = i.video_id WHERE i.playlist_id = k.playlist_id AND i.position > k.after_pos AND "
				+ VISIBLE_VIDEO + " ORDER BY i.position LIMIT k.lim) v ORDER BY k.idx, v.item_position";
		return this.db.sql(sql)
			.bind("playlists", keys.stream().map(PlaylistPageKey::playlistId).toArray(UUID[]::new))
			.bind("limits", keys.stream().map((key) -> key.first() + 1).toArray(Integer[]::new))
			.bind("afters", keys.stream().map(PlaylistPageKey::afterPosition).toArray(Integer[]::new))
			.bind("viewer", viewer)
			.bind("admin", admin)
			.map((row, meta) -> Map.entry(row.get("idx", Long.class).intValue() - 1,
					new PlaylistEdge(VideoRows.map(row), row.get("item_position", Integer.class))))
			.all()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * How many videos of each playlist the viewer may see, in one statement.
	 */
	Mono<Map<UUID, Long>> counts(Collection<UUID> playlists, UUID viewer, boolean admin) {
		return this.db
			.sql("SELECT k.playlist_id, (SELECT count(*) FROM playlist_item i JOIN video v ON v.id = i.video_id "
					+ "WHERE i.playlist_id = k.playlist_id AND " + VISIBLE_VIDEO + ") AS n "
					+ "FROM unnest(CAST(:playlists AS uuid[])) AS k(playlist_id)")
			.bind("playlists", playlists.toArray(UUID[]::new))
			.bind("viewer", viewer)
			.bind("admin", admin)
			.map((row, meta) -> Map.entry(row.get("playlist_id", UUID.class), row.get("n", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	private static Playlist playlist(Readable row) {
		return new Playlist(row.get("id", UUID.class), row.get("owner_id", UUID.class), row.get("title", String.class),
				row.get("description", String.class), Visibility.valueOf(row.get("visibility", String.class)),
				row.get("created_at", Instant.class));
	}

	private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
			@Nullable String value) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, String.class);
	}

}
