package io.streamhub.media.job;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import org.jspecify.annotations.Nullable;

/**
 * A {@code transcode.requested} job as the videos service queues it: the envelope's
 * {@code data} holds {@code videoId}, {@code sourceKey}, {@code attempt} and
 * {@code bucket}.
 *
 * @param entryId the stream entry id
 * @param event the envelope
 * @param videoId the video
 * @param sourceKey the source object key
 * @param bucket the bucket, or {@code null} for the configured one
 */
public record TranscodeJob(String entryId, EventEnvelope event, UUID videoId, String sourceKey,
		@Nullable String bucket) {

	/**
	 * The stream entry field holding the envelope JSON (as platform's relay writes it).
	 */
	public static final String EVENT_FIELD = "event";

	/** The envelope type of jobs. */
	public static final String TYPE = "transcode.requested";

	/**
	 * Parse a stream entry.
	 * @param entryId the entry id
	 * @param body the entry's fields
	 * @return the job, empty when the entry is not a valid job
	 */
	public static Optional<TranscodeJob> parse(String entryId, Map<String, String> body) {
		String json = body.get(EVENT_FIELD);
		if (json == null) {
			return Optional.empty();
		}
		try {
			EventEnvelope event = EventJson.read(json);
			Object video = event.data().getOrDefault("videoId", event.subject().id().toString());
			Object key = event.data().get("sourceKey");
			Object bucket = event.data().get("bucket");
			if (!TYPE.equals(event.type()) || !(key instanceof String sourceKey) || sourceKey.isBlank()) {
				return Optional.empty();
			}
			return Optional.of(new TranscodeJob(entryId, event, UUID.fromString(String.valueOf(video)), sourceKey,
					(bucket instanceof String name && !name.isBlank()) ? name : null));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The object key prefix of this video's outputs.
	 * @return {@code videos/<id>/}
	 */
	public String outputPrefix() {
		return "videos/" + this.videoId + "/";
	}

}
