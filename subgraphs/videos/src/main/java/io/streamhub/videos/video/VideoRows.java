package io.streamhub.videos.video;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The columns of table {@code video} and their mapping to {@link Video}, shared by every
 * repository that reads videos (listings, creator pages, playlist pages).
 */
public final class VideoRows {

	/** The selected columns, over table alias {@code v}. */
	public static final String COLUMNS = "v.id, v.owner_id, v.title, v.description, v.tags, v.category, v.visibility, "
			+ "v.status, v.failure_reason, v.processing_progress, v.source_key, v.source_size, v.content_type, "
			+ "v.duration_seconds, v.width, v.height, v.master_key, v.thumbnail_key, v.renditions::text AS renditions, "
			+ "v.view_count, v.like_count, v.created_at, v.published_at";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<RenditionKey>> RENDITIONS = new TypeReference<>() {
	};

	private VideoRows() {
	}

	/**
	 * Maps a row selected with {@link #COLUMNS}.
	 * @param row the row
	 * @return the video
	 */
	public static Video map(Readable row) {
		String[] tags = row.get("tags", String[].class);
		return new Video(row.get("id", UUID.class), row.get("owner_id", UUID.class), row.get("title", String.class),
				row.get("description", String.class), (tags != null) ? Arrays.asList(tags) : List.of(),
				row.get("category", String.class), Visibility.valueOf(row.get("visibility", String.class)),
				VideoStatus.valueOf(row.get("status", String.class)), row.get("failure_reason", String.class),
				row.get("processing_progress", Integer.class), row.get("source_key", String.class),
				row.get("source_size", Long.class), row.get("content_type", String.class),
				row.get("duration_seconds", Double.class), row.get("width", Integer.class),
				row.get("height", Integer.class), row.get("master_key", String.class),
				row.get("thumbnail_key", String.class), renditions(row.get("renditions", String.class)),
				row.get("view_count", Long.class), row.get("like_count", Long.class),
				row.get("created_at", Instant.class), row.get("published_at", Instant.class));
	}

	/**
	 * The JSON stored in column {@code renditions}.
	 * @param renditions the ladder
	 * @return JSON text
	 */
	public static String renditionsJson(List<RenditionKey> renditions) {
		return JSON.writeValueAsString(renditions);
	}

	private static List<RenditionKey> renditions(@Nullable String json) {
		return (json == null) ? List.of() : JSON.readValue(json, RENDITIONS);
	}

}
