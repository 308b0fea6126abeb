package io.streamhub.media.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;

/**
 * The worker's events on {@code events:media}, in the shape the videos service parses:
 * subject {@code Video}, {@code data.videoId}, and per type
 * <ul>
 * <li>{@code media.progress}: {@code percent};</li>
 * <li>{@code media.completed}: {@code renditions} ({@code name, width, height, bandwidth,
 * playlistKey}), {@code durationSeconds}, {@code width}, {@code height},
 * {@code masterKey}, {@code thumbnailKey};</li>
 * <li>{@code media.failed}: {@code reason}, {@code retryable}.</li>
 * </ul>
 */
public final class MediaEvents {

	/** Progress of a running job. */
	public static final String PROGRESS = "media.progress";

	/** A job succeeded. */
	public static final String COMPLETED = "media.completed";

	/** A job failed for good. */
	public static final String FAILED = "media.failed";

	private MediaEvents() {
	}

	/**
	 * {@code media.progress}.
	 * @param videoId the video
	 * @param percent 0-100
	 * @return the event
	 */
	public static EventEnvelope progress(UUID videoId, int percent) {
		Map<String, Object> data = base(videoId);
		data.put("percent", percent);
		return of(PROGRESS, videoId, data);
	}

	/**
	 * {@code media.completed}.
	 * @param videoId the video
	 * @param outputs what was produced
	 * @return the event
	 */
	public static EventEnvelope completed(UUID videoId, JobOutputs outputs) {
		Map<String, Object> data = base(videoId);
		List<Map<String, Object>> renditions = outputs.renditions()
			.stream()
			.map((rendition) -> Map.<String, Object>of("name", rendition.name(), "width", rendition.width(), "height",
					rendition.height(), "bandwidth", rendition.bandwidth(), "playlistKey", rendition.playlistKey()))
			.toList();
		data.put("renditions", renditions);
		data.put("durationSeconds", outputs.durationSeconds());
		data.put("width", outputs.width());
		data.put("height", outputs.height());
		data.put("masterKey", outputs.masterKey());
		data.put("thumbnailKey", outputs.thumbnailKey());
		return of(COMPLETED, videoId, data);
	}

	/**
	 * {@code media.failed}.
	 * @param videoId the video
	 * @param reason why, for people
	 * @param retryable whether the cause was transient (the job may be queued again)
	 * @return the event
	 */
	public static EventEnvelope failed(UUID videoId, String reason, boolean retryable) {
		Map<String, Object> data = base(videoId);
		data.put("reason", reason);
		data.put("retryable", retryable);
		return of(FAILED, videoId, data);
	}

	private static Map<String, Object> base(UUID videoId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("videoId", videoId.toString());
		return data;
	}

	private static EventEnvelope of(String type, UUID videoId, Map<String, Object> data) {
		return EventEnvelope.of(type, new EventEnvelope.Subject("Video", videoId), null, data);
	}

}
