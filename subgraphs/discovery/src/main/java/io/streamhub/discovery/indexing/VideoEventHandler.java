package io.streamhub.discovery.indexing;

import java.util.UUID;

import io.streamhub.discovery.activity.ActivityRepository;
import io.streamhub.discovery.activity.CounterChange;
import io.streamhub.discovery.activity.CounterRepository;
import io.streamhub.discovery.index.Counts;
import io.streamhub.discovery.index.VideoIndex;
import io.streamhub.discovery.trending.TrendingService;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventHandler;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Consumes events:videos. State events become index writes (idempotent through external
 * versions); video.counters events are recorded in {@code video_counter} (idempotent:
 * they carry absolute counts) and their deltas feed trending and, when the event has an
 * actor whose like count moved, the actor's likes. The counts reach the index in bulk
 * ({@link CounterFlusher}).
 */
@Component
public class VideoEventHandler implements EventHandler {

	static final String COUNTERS = "video.counters";

	private final VideoIndexer indexer;

	private final VideoIndex index;

	private final CounterRepository counters;

	private final ActivityRepository activity;

	private final TrendingService trending;

	VideoEventHandler(VideoIndexer indexer, VideoIndex index, CounterRepository counters, ActivityRepository activity,
			TrendingService trending) {
		this.indexer = indexer;
		this.index = index;
		this.counters = counters;
		this.activity = activity;
		this.trending = trending;
	}

	@Override
	public Mono<Void> handle(EventEnvelope event) {
		if (VideoIndexer.STATE_EVENTS.contains(event.type())) {
			return this.indexer.toWrite(event).flatMap((write) -> this.index.apply(this.index.alias(), write));
		}
		if (COUNTERS.equals(event.type())) {
			return counters(event);
		}
		return Mono.empty();
	}

	private Mono<Void> counters(EventEnvelope event) {
		UUID videoId = event.subject().id();
		Counts counts = new Counts(VideoIndexer.number(event.data().get("viewCount")),
				VideoIndexer.number(event.data().get("likeCount")));
		return this.counters.record(videoId, counts)
			.flatMap((change) -> like(event, change)
				.then(this.trending.record(videoId, change.trendingWeight(), event.occurredAt())));
	}

	private Mono<Void> like(EventEnvelope event, CounterChange change) {
		UUID actor = event.actor();
		if (actor == null || change.likes() == 0) {
			return Mono.empty();
		}
		return (change.likes() > 0) ? this.activity.like(actor, event.subject().id(), event.occurredAt())
				: this.activity.unlike(actor, event.subject().id());
	}

}
