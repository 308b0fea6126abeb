package io.streamhub.videos.video;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A video row. Playback URLs, {@code creator}, {@code renditions} and
 * {@code viewerHasLiked} are resolved by their own data fetchers from these values.
 *
 * @param id the id
 * @param ownerId the creator
 * @param title 3-200 characters
 * @param description plain text, may be empty
 * @param tags lower-case, distinct
 * @param category optional category
 * @param visibility who may see it
 * @param status processing state
 * @param failureReason why processing failed
 * @param processingProgress 0-100
 * @param sourceKey the object key of the uploaded source
 * @param sourceSize the declared size of the source in bytes
 * @param contentType the declared MIME type of the source
 * @param durationSeconds duration once READY
 * @param width width once READY
 * @param height height once READY
 * @param masterKey object key of the HLS master playlist once READY
 * @param thumbnailKey object key of the thumbnail once READY
 * @param renditionKeys the HLS ladder once READY
 * @param viewCount flushed views
 * @param likeCount likes
 * @param createdAt creation time
 * @param publishedAt when it became READY
 */
public record Video(UUID id, UUID ownerId, String title, String description, List<String> tags,
		@Nullable String category, Visibility visibility, VideoStatus status, @Nullable String failureReason,
		int processingProgress, String sourceKey, long sourceSize, String contentType, @Nullable Double durationSeconds,
		@Nullable Integer width, @Nullable Integer height, @Nullable String masterKey, @Nullable String thumbnailKey,
		List<RenditionKey> renditionKeys, long viewCount, long likeCount, Instant createdAt,
		@Nullable Instant publishedAt) {

	public Video {
		tags = List.copyOf(tags);
		renditionKeys = List.copyOf(renditionKeys);
	}

	/**
	 * The data an indexer (discovery) needs, for the {@code data} of video events.
	 * @return JSON-compatible values
	 */
	public java.util.Map<String, Object> eventData() {
		java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
		data.put("videoId", this.id.toString());
		data.put("creatorId", this.ownerId.toString());
		data.put("title", this.title);
		data.put("description", this.description);
		data.put("tags", this.tags);
		data.put("category", this.category);
		data.put("visibility", this.visibility.name());
		data.put("status", this.status.name());
		data.put("durationSeconds", this.durationSeconds);
		data.put("viewCount", this.viewCount);
		data.put("likeCount", this.likeCount);
		data.put("createdAt", this.createdAt.toString());
		data.put("publishedAt", (this.publishedAt != null) ? this.publishedAt.toString() : null);
		return data;
	}

}
