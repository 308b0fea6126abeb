package io.streamhub.discovery.activity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.streamhub.discovery.index.Counts;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code video_counter}: the latest counts of each video, marked dirty until the
 * index has them.
 */
@Repository
public class CounterRepository {

	private final DatabaseClient db;

	CounterRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Record the counts of a video.counters event. Views only grow (a redelivered or late
	 * event cannot lower them); likes are taken as they are. Applying the same event
	 * twice changes nothing the second time.
	 * @param videoId the video
	 * @param counts the counts the event carries
	 * @return what changed
	 */
	public Mono<CounterChange> record(UUID videoId, Counts counts) {
		return this.db
			.sql("WITH old AS (SELECT view_count, like_count FROM video_counter WHERE video_id = :id) "
					+ "INSERT INTO video_counter AS c (video_id, view_count, like_count, dirty) "
					+ "VALUES (:id, :views, :likes, true) ON CONFLICT (video_id) DO UPDATE SET "
					+ "view_count = GREATEST(c.view_count, EXCLUDED.view_count), like_count = EXCLUDED.like_count, "
					+ "dirty = c.dirty OR c.view_count < EXCLUDED.view_count OR c.like_count <> EXCLUDED.like_count "
					+ "RETURNING (SELECT view_count FROM old) AS old_views, (SELECT like_count FROM old) AS old_likes")
			.bind("id", videoId)
			.bind("views", counts.views())
			.bind("likes", counts.likes())
			.map((row, meta) -> {
				Long oldViews = row.get("old_views", Long.class);
				Long oldLikes = row.get("old_likes", Long.class);
				long views = Math.max(0, counts.views() - ((oldViews != null) ? oldViews : 0));
				return new CounterChange(views, counts.likes() - ((oldLikes != null) ? oldLikes : 0));
			})
			.one();
	}

	/**
	 * The counts of a video, if discovery has seen any.
	 * @param videoId the video
	 * @return the counts
	 */
	public Mono<Optional<Counts>> find(UUID videoId) {
		return this.db.sql("SELECT view_count, like_count FROM video_counter WHERE video_id = :id")
			.bind("id", videoId)
			.map((row, meta) -> new Counts(row.get("view_count", Long.class), row.get("like_count", Long.class)))
			.one()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
	}

	/**
	 * The counts of several videos.
	 * @param ids the videos
	 * @return counts by video
	 */
	public Mono<Map<UUID, Counts>> findAll(Collection<UUID> ids) {
		return this.db.sql("SELECT video_id, view_count, like_count FROM video_counter WHERE video_id = ANY(:ids)")
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row, meta) -> Map.entry(row.get("video_id", UUID.class),
					new Counts(row.get("view_count", Long.class), row.get("like_count", Long.class))))
			.all()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Counts the index does not have yet.
	 * @param limit at most this many
	 * @return counts by video
	 */
	public Mono<Map<UUID, Counts>> dirty(int limit) {
		return this.db.sql("SELECT video_id, view_count, like_count FROM video_counter WHERE dirty LIMIT :limit")
			.bind("limit", limit)
			.map((row, meta) -> Map.entry(row.get("video_id", UUID.class),
					new Counts(row.get("view_count", Long.class), row.get("like_count", Long.class))))
			.all()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Mark counts as indexed, unless they changed meanwhile.
	 * @param flushed the counts that were written to the index
	 * @return completion
	 */
	public Mono<Void> markClean(Map<UUID, Counts> flushed) {
		if (flushed.isEmpty()) {
			return Mono.empty();
		}
		List<Map.Entry<UUID, Counts>> entries = List.copyOf(flushed.entrySet());
		return this.db
			.sql("UPDATE video_counter c SET dirty = false FROM unnest(:ids, :views, :likes) AS f(id, views, likes) "
					+ "WHERE c.video_id = f.id AND c.view_count = f.views AND c.like_count = f.likes")
			.bind("ids", entries.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
			.bind("views", entries.stream().map((e) -> e.getValue().views()).toArray(Long[]::new))
			.bind("likes", entries.stream().map((e) -> e.getValue().likes()).toArray(Long[]::new))
			.then();
	}

	/**
	 * Mark every counter dirty, so the next flushes write all counts again (after a
	 * reindex: flushes during the rebuild went to the old index).
	 * @return completion
	 */
	public Mono<Void> markAllDirty() {
		return this.db.sql("UPDATE video_counter SET dirty = true WHERE NOT dirty").then();
	}

}
