package io.streamhub.realtime.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.realtime.subscription.RealtimeEvent;
import io.streamhub.realtime.subscription.RealtimeEvent.EntityRef;
import io.streamhub.realtime.subscription.Topics;
import org.jspecify.annotations.Nullable;

/**
 * Turns domain events into subscription events (topic, root value, guard entity). Events
 * no subscription is about are ignored.
 * <ul>
 * <li>{@code comment.added} (and the former name {@code comment.created}) →
 * {@code commentAdded(videoId)}: {@code Comment {id}}</li>
 * <li>{@code video.processing|progress|ready|failed|updated} →
 * {@code videoStatusChanged(videoId)}: {@code Video {id}}</li>
 * <li>{@code notification.created} → {@code notificationAdded} of
 * {@code data.recipientId}: {@code Notification {id}}</li>
 * <li>{@code availability.changed} → {@code availabilityChanged(videoId, region)}: the
 * change itself, with {@code Video} and {@code Platform} references; guarded by the
 * video</li>
 * </ul>
 */
public final class EventMapper {

	private static final Set<String> COMMENT_ADDED = Set.of("comment.added", "comment.created");

	private static final Set<String> VIDEO_STATUS = Set.of("video.processing", "video.progress", "video.ready",
			"video.failed", "video.updated");

	private EventMapper() {
	}

	/**
	 * Maps an event.
	 * @param event the domain event
	 * @param streamId the stream entry id
	 * @param readAtNanos when it was read
	 * @return the subscription event, empty when no subscription is about it
	 */
	public static Optional<RealtimeEvent> map(EventEnvelope event, String streamId, long readAtNanos) {
		String type = event.type();
		String subjectId = event.subject().id().toString();
		if (COMMENT_ADDED.contains(type)) {
			String videoId = text(event, "videoId");
			String commentId = orElse(text(event, "commentId"), subjectId);
			return (videoId == null) ? Optional.empty() : Optional.of(new RealtimeEvent(Topics.comments(videoId),
					reference("Comment", commentId), null, new EntityRef("Comment", commentId), streamId, readAtNanos));
		}
		if (VIDEO_STATUS.contains(type)) {
			String videoId = orElse(text(event, "videoId"), subjectId);
			return Optional.of(new RealtimeEvent(Topics.videos(videoId), reference("Video", videoId), null,
					new EntityRef("Video", videoId), streamId, readAtNanos));
		}
		if (type.equals("notification.created")) {
			String recipient = text(event, "recipientId");
			return (recipient == null) ? Optional.empty()
					: Optional
						.of(new RealtimeEvent(Topics.notifications(recipient), reference("Notification", subjectId),
								null, new EntityRef("Notification", subjectId), streamId, readAtNanos));
		}
		if (type.equals("availability.changed")) {
			return availability(event, streamId, readAtNanos);
		}
		return Optional.empty();
	}

	private static Optional<RealtimeEvent> availability(EventEnvelope event, String streamId, long readAtNanos) {
		String videoId = text(event, "videoId");
		String platformId = text(event, "platformId");
		String region = text(event, "region");
		String change = text(event, "change");
		if (videoId == null || platformId == null || region == null || change == null) {
			return Optional.empty();
		}
		Map<String, @Nullable Object> root = new LinkedHashMap<>();
		root.put("__typename", "AvailabilityChange");
		root.put("change", change);
		root.put("region", region);
		root.put("video", reference("Video", videoId));
		root.put("platform", reference("Platform", platformId));
		root.put("changedAt", orElse(text(event, "changedAt"), event.occurredAt().toString()));
		return Optional.of(new RealtimeEvent(Topics.availability(videoId), root, region,
				new EntityRef("Video", videoId), streamId, readAtNanos));
	}

	private static Map<String, @Nullable Object> reference(String typename, String id) {
		Map<String, @Nullable Object> reference = new LinkedHashMap<>();
		reference.put("__typename", typename);
		reference.put("id", id);
		return reference;
	}

	private static @Nullable String text(EventEnvelope event, String field) {
		Object value = event.data().get(field);
		return (value != null) ? value.toString() : null;
	}

	private static String orElse(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

}
