package io.streamhub.discovery.indexing;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.streamhub.discovery.activity.CounterRepository;
import io.streamhub.discovery.activity.CreatorRepository;
import io.streamhub.platform.ids.Ids;
import io.streamhub.discovery.index.Counts;
import io.streamhub.discovery.index.IndexWrite;
import io.streamhub.discovery.index.VideoDocument;
import io.streamhub.platform.events.EventEnvelope;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Turns a video event into the index write it calls for: every event of the videos
 * service carries the video's indexable fields, so the latest event alone decides. Only
 * PUBLIC and READY videos are searchable; anything else (and video.deleted) removes the
 * document. Counts come from {@code video_counter} when discovery has newer ones than the
 * event, the username from {@code creator}.
 */
@Component
public class VideoIndexer {

	/** The event types that carry a video's state. */
	public static final Set<String> STATE_EVENTS = Set.of("video.created", "video.updated", "video.ready",
			"video.visibility_changed", "video.failed", "video.deleted");

	private final CounterRepository counters;

	private final CreatorRepository creators;

	VideoIndexer(CounterRepository counters, CreatorRepository creators) {
		this.counters = counters;
		this.creators = creators;
	}

	/**
	 * The write an event calls for.
	 * @param event a video state event
	 * @return the write, empty for a malformed event
	 */
	public Mono<IndexWrite> toWrite(EventEnvelope event) {
		UUID videoId = event.subject().id();
		long version = version(event);
		if (!searchable(event)) {
			return Mono.just(new IndexWrite.Remove(videoId, version));
		}
		Map<String, Object> data = event.data();
		Optional<UUID> creatorId = Ids.tryParse(data.get("creatorId"));
		if (creatorId.isEmpty() || !(data.get("title") instanceof String)) {
			return Mono.empty();
		}
		Counts fromEvent = new Counts(number(data.get("viewCount")), number(data.get("likeCount")));
		return Mono.zip(this.counters.find(videoId), this.creators.username(creatorId.get()))
			.map((known) -> new IndexWrite.Put(videoId, version,
					document(videoId, creatorId.get(), data,
							known.getT1().map((counts) -> newest(fromEvent, counts)).orElse(fromEvent),
							known.getT2().orElse(null))));
	}

	static boolean searchable(EventEnvelope event) {
		Map<String, Object> data = event.data();
		return !"video.deleted".equals(event.type()) && "READY".equals(data.get("status"))
				&& "PUBLIC".equals(data.get("visibility"));
	}

	/**
	 * The external version of a write caused by an event: its time in microseconds, times
	 * 1000 (room for the counter updates applied in between, each bumping the version).
	 * @param event the event
	 * @return the version
	 */
	public static long version(EventEnvelope event) {
		return ChronoUnit.MICROS.between(java.time.Instant.EPOCH, event.occurredAt()) * 1000;
	}

	private static Counts newest(Counts fromEvent, Counts recorded) {
		return new Counts(Math.max(fromEvent.views(), recorded.views()), recorded.likes());
	}

	private static VideoDocument document(UUID videoId, UUID creatorId, Map<String, Object> data, Counts counts,
			@org.jspecify.annotations.Nullable String username) {
		String title = (String) data.get("title");
		return new VideoDocument(videoId.toString(), title, text(data.get("description")), tags(data.get("tags")),
				(data.get("category") instanceof String category) ? category : null, creatorId.toString(), username,
				counts.views(), counts.likes(),
				(data.get("durationSeconds") instanceof Number duration) ? duration.doubleValue() : null,
				(data.get("publishedAt") instanceof String published) ? published : null,
				(data.get("createdAt") instanceof String created) ? created : java.time.Instant.now().toString(),
				new VideoDocument.Suggest(List.of(title)));
	}

	private static String text(@org.jspecify.annotations.Nullable Object value) {
		return (value instanceof String string) ? string : "";
	}

	private static List<String> tags(@org.jspecify.annotations.Nullable Object value) {
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
	}

	static long number(@org.jspecify.annotations.Nullable Object value) {
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
