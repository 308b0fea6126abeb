package io.streamhub.comments.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.streamhub.platform.ids.Ids;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Keeps {@code video_access} in step with {@code events:videos}. Every video event of the
 * videos service carries {@code creatorId}, {@code visibility} and {@code status}; the
 * upsert ignores events older than the row (so redeliveries and reordering are harmless)
 * and a deletion is final.
 */
@Component
class VideoEventHandler implements EventHandler {

	static final Set<String> TYPES = Set.of("video.created", "video.updated", "video.visibility_changed", "video.ready",
			"video.failed", "video.deleted");

	private static final Logger logger = LoggerFactory.getLogger(VideoEventHandler.class);

	private final VideoAccessRepository repository;

	VideoEventHandler(VideoAccessRepository repository) {
		this.repository = repository;
	}

	@Override
	public Mono<Void> handle(EventEnvelope event) {
		if (!TYPES.contains(event.type())) {
			return Mono.empty();
		}
		Optional<VideoAccess> access = access(event);
		if (access.isEmpty()) {
			logger.warn("Ignoring malformed video event {}", event.id());
			return Mono.empty();
		}
		return this.repository.upsert(access.get(), event.occurredAt());
	}

	private static Optional<VideoAccess> access(EventEnvelope event) {
		Map<String, Object> data = event.data();
		Optional<UUID> owner = Ids.tryParse(data.get("creatorId"));
		Object visibility = data.get("visibility");
		Object status = data.get("status");
		if (owner.isEmpty() || !(visibility instanceof String) || !(status instanceof String)) {
			return Optional.empty();
		}
		return Optional.of(new VideoAccess(event.subject().id(), owner.get(), (String) visibility, (String) status,
				"video.deleted".equals(event.type())));
	}

}
