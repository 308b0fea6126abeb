package io.streamhub.videos.processing;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventHandler;
import io.streamhub.platform.events.OutboxWriter;
import io.streamhub.platform.events.ProcessedEvents;
import io.streamhub.videos.video.Video;
import io.streamhub.videos.video.VideoEvents;
import io.streamhub.videos.video.VideoRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Applies the media worker's events. The state change, its events and the processed-event
 * mark commit together, so a redelivered event changes nothing twice. Transitions only
 * happen from PROCESSING (progress never goes down; a late event for a READY, FAILED or
 * deleted video is ignored).
 * <p>
 * On READY the creator is notified and so are their followers, with ONE
 * {@code notification.requested} whose data says
 * {@code "audience": "followers-of", "creatorId": ...}: this service does not own
 * follows, so expanding the audience (in bounded batches) is the users service's job; the
 * event stays one row however many followers there are.
 */
@Component
class MediaEventHandler implements EventHandler {

	static final String CONSUMER = "videos.media";

	private static final Logger logger = LoggerFactory.getLogger(MediaEventHandler.class);

	private final VideoRepository repository;

	private final ProcessedEvents processedEvents;

	private final OutboxWriter outbox;

	private final TransactionalOperator transactions;

	private final Clock clock;

	MediaEventHandler(VideoRepository repository, ProcessedEvents processedEvents, OutboxWriter outbox,
			TransactionalOperator transactions, Clock clock) {
		this.repository = repository;
		this.processedEvents = processedEvents;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public Mono<Void> handle(EventEnvelope event) {
		Optional<MediaEvent> media = MediaEvent.of(event);
		if (media.isEmpty()) {
			logger.warn("Ignoring event {} of type {} (not a valid media event)", event.id(), event.type());
			return Mono.empty();
		}
		Mono<Void> apply = this.processedEvents.markProcessed(CONSUMER, event.id())
			.flatMap((first) -> first ? apply(media.get()) : Mono.empty());
		return this.transactions.transactional(apply);
	}

	private Mono<Void> apply(MediaEvent event) {
		if (event instanceof MediaEvent.Progress progress) {
			return this.repository.progress(progress.videoId(), progress.percent(), this.clock.instant())
				.flatMap(this::announceProgress);
		}
		if (event instanceof MediaEvent.Completed completed) {
			return this.repository.markReady(completed.videoId(), completed.outputs(), this.clock.instant())
				.flatMap(this::announceReady);
		}
		MediaEvent.Failed failed = (MediaEvent.Failed) event;
		return this.repository.markFailed(failed.videoId(), failed.reason(), this.clock.instant())
			.flatMap(this::announceFailed);
	}

	private Mono<Void> announceProgress(Video video) {
		Map<String, Object> data = video.eventData();
		data.put("percent", video.processingProgress());
		return this.outbox.append(VideoEvents.STREAM, VideoEvents.of(VideoEvents.PROGRESS, video.id(), null, data));
	}

	private Mono<Void> announceReady(Video video) {
		Map<String, Object> data = notification(video, VideoEvents.READY);
		data.put("audience", "followers-of");
		data.put("creatorId", video.ownerId().toString());
		return this.outbox.append(VideoEvents.STREAM, VideoEvents.of(VideoEvents.READY, video, null))
			.then(this.outbox.append(VideoEvents.STREAM,
					VideoEvents.of(VideoEvents.NOTIFICATION_REQUESTED, video.id(), null, data)));
	}

	private Mono<Void> announceFailed(Video video) {
		Map<String, Object> data = notification(video, VideoEvents.FAILED);
		data.put("reason", video.failureReason());
		return this.outbox.append(VideoEvents.STREAM, VideoEvents.of(VideoEvents.FAILED, video, null))
			.then(this.outbox.append(VideoEvents.STREAM,
					VideoEvents.of(VideoEvents.NOTIFICATION_REQUESTED, video.id(), null, data)));
	}

	private static Map<String, Object> notification(Video video, String kind) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("recipients", List.of(video.ownerId().toString()));
		data.put("kind", kind);
		data.put("subject", Map.of("type", "Video", "id", video.id().toString()));
		data.put("videoId", video.id().toString());
		data.put("title", video.title());
		return data;
	}

}
