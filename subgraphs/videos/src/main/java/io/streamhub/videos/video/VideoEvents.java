package io.streamhub.videos.video;

import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.Streams;
import org.jspecify.annotations.Nullable;

/**
 * The events the service writes to {@code events:videos}. Every event about a video
 * carries the video's indexable fields ({@link Video#eventData()}) so that an indexer
 * never needs to call back.
 */
public final class VideoEvents {

	/** The stream of video events. */
	public static final String STREAM = Streams.events("videos");

	public static final String CREATED = "video.created";

	public static final String UPDATED = "video.updated";

	public static final String DELETED = "video.deleted";

	public static final String VISIBILITY_CHANGED = "video.visibility_changed";

	/** PROCESSING after {@code completeVideoUpload}: the transcode job is queued. */
	public static final String PROCESSING = "video.processing";

	/**
	 * The processing progress rose ({@code data.percent}, 0-100); only while PROCESSING.
	 */
	public static final String PROGRESS = "video.progress";

	public static final String READY = "video.ready";

	public static final String FAILED = "video.failed";

	public static final String COUNTERS = "video.counters";

	public static final String NOTIFICATION_REQUESTED = "notification.requested";

	private VideoEvents() {
	}

	/**
	 * An event about a video, with its indexable fields as data.
	 * @param type the event type
	 * @param video the video (after the change)
	 * @param actor who caused it
	 * @return the event
	 */
	public static EventEnvelope of(String type, Video video, @Nullable UUID actor) {
		return EventEnvelope.of(type, subject(video.id()), actor, video.eventData());
	}

	/**
	 * An event about a video with explicit data.
	 * @param type the event type
	 * @param videoId the video
	 * @param actor who caused it
	 * @param data the data
	 * @return the event
	 */
	public static EventEnvelope of(String type, UUID videoId, @Nullable UUID actor, Map<String, Object> data) {
		return EventEnvelope.of(type, subject(videoId), actor, data);
	}

	/**
	 * The subject of video events.
	 * @param videoId the video
	 * @return {@code {type: "Video", id}}
	 */
	public static EventEnvelope.Subject subject(UUID videoId) {
		return new EventEnvelope.Subject("Video", videoId);
	}

}
