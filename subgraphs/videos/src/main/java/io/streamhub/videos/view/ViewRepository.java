package io.streamhub.videos.view;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Adds buffered views to {@code video.view_count}.
 */
@Repository
class ViewRepository {

	private final DatabaseClient db;

	ViewRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * One statement for the whole batch.
	 * @param views views per video
	 * @return the new counts of the videos that exist
	 */
	Flux<Counts> add(Map<UUID, Long> views) {
		List<Map.Entry<UUID, Long>> entries = List.copyOf(views.entrySet());
		return this.db
			.sql("UPDATE video v SET view_count = v.view_count + d.n FROM unnest(CAST(:ids AS uuid[]), "
					+ "CAST(:counts AS bigint[])) AS d(id, n) WHERE v.id = d.id "
					+ "RETURNING v.id, v.view_count, v.like_count")
			.bind("ids", entries.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
			.bind("counts", entries.stream().map(Map.Entry::getValue).toArray(Long[]::new))
			.map((row, meta) -> new Counts(row.get("id", UUID.class), row.get("view_count", Long.class),
					row.get("like_count", Long.class)))
			.all();
	}

	/**
	 * A video's counters after a flush.
	 *
	 * @param videoId the video
	 * @param viewCount views
	 * @param likeCount likes
	 */
	record Counts(UUID videoId, long viewCount, long likeCount) {
	}

}
