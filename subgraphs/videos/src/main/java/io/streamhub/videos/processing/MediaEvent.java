package io.streamhub.videos.processing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.ids.Ids;
import io.streamhub.videos.video.MediaOutputs;
import io.streamhub.videos.video.RenditionKey;
import org.jspecify.annotations.Nullable;

/**
 * The media worker's events ({@code events:media}), parsed. The video is the envelope's
 * subject (or {@code data.videoId}).
 */
sealed interface MediaEvent {

	String PROGRESS = "media.progress";

	String COMPLETED = "media.completed";

	String FAILED = "media.failed";

	UUID videoId();

	/**
	 * Parses an envelope.
	 * @param event the envelope
	 * @return the event, empty when it is not a media event or is malformed
	 */
	static Optional<MediaEvent> of(EventEnvelope event) {
		UUID videoId = Ids.tryParse(event.data().get("videoId")).orElse(event.subject().id());
		Map<String, Object> data = event.data();
		try {
			switch (event.type()) {
				case PROGRESS:
					return Optional.of(new Progress(videoId, clamp(number(data.get("percent")).intValue())));
				case COMPLETED:
					return Optional.of(new Completed(videoId, outputs(data)));
				case FAILED:
					return Optional.of(new Failed(videoId, reason(data.get("reason"))));
				default:
					return Optional.empty();
			}
		}
		catch (IllegalArgumentException | ClassCastException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	private static MediaOutputs outputs(Map<String, Object> data) {
		List<RenditionKey> renditions = new ArrayList<>();
		for (Object item : (Collection<?>) data.get("renditions")) {
			Map<?, ?> rendition = (Map<?, ?>) item;
			renditions.add(new RenditionKey(text(rendition.get("name")), number(rendition.get("width")).intValue(),
					number(rendition.get("height")).intValue(), number(rendition.get("bandwidth")).intValue(),
					text(rendition.get("playlistKey"))));
		}
		if (renditions.isEmpty()) {
			throw new IllegalArgumentException("no renditions");
		}
		return new MediaOutputs(renditions, number(data.get("durationSeconds")).doubleValue(),
				number(data.get("width")).intValue(), number(data.get("height")).intValue(),
				text(data.get("masterKey")), text(data.get("thumbnailKey")));
	}

	private static Number number(@Nullable Object value) {
		if (value instanceof Number number) {
			return number;
		}
		throw new IllegalArgumentException("not a number: " + value);
	}

	private static String text(@Nullable Object value) {
		if (value instanceof String text && !text.isBlank()) {
			return text;
		}
		throw new IllegalArgumentException("not a text: " + value);
	}

	private static String reason(@Nullable Object value) {
		String reason = (value instanceof String text && !text.isBlank()) ? text.strip() : "Processing failed";
		return (reason.length() > 500) ? reason.substring(0, 500) : reason;
	}

	private static int clamp(int percent) {
		return Math.max(0, Math.min(100, percent));
	}

	/**
	 * {@code media.progress}.
	 *
	 * @param videoId the video
	 * @param percent 0-100
	 */
	record Progress(UUID videoId, int percent) implements MediaEvent {
	}

	/**
	 * {@code media.completed}.
	 *
	 * @param videoId the video
	 * @param outputs what was produced
	 */
	record Completed(UUID videoId, MediaOutputs outputs) implements MediaEvent {
	}

	/**
	 * {@code media.failed} (final: the worker retries before reporting it).
	 *
	 * @param videoId the video
	 * @param reason why
	 */
	record Failed(UUID videoId, String reason) implements MediaEvent {
	}

}
