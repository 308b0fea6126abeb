package io.streamhub.discovery.reindex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.streamhub.discovery.activity.CounterRepository;
import io.streamhub.discovery.config.DiscoveryProperties;
import io.streamhub.discovery.index.ElasticsearchCalls;
import io.streamhub.discovery.index.IndexWrite;
import io.streamhub.discovery.index.VideoDocument;
import io.streamhub.discovery.index.VideoIndex;
import io.streamhub.discovery.indexing.VideoIndexer;
import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the index without downtime:
 * <ol>
 * <li>create a new index with the current mappings;</li>
 * <li>copy the documents of the current index (with their versions), so videos whose
 * events were trimmed from the stream (platform keeps ~100,000 entries) survive;</li>
 * <li>replay events:videos from its start into it, in bulk: external versions make the
 * newest event of each video win, whatever was copied;</li>
 * <li>swap the alias atomically (searches switch from the old index to the new one in one
 * cluster-state update) and delete the old index;</li>
 * <li>replay what arrived during the rebuild (the live indexer wrote those to the old
 * index) into the alias, now the new index, and mark every counter dirty (counter flushes
 * during the rebuild also went to the old index).</li>
 * </ol>
 * One rebuild at a time per instance.
 */
@Service
class ReindexService {

	private static final int PAGE = 500;

	private final ElasticsearchAsyncClient client;

	private final VideoIndex index;

	private final VideoIndexer indexer;

	private final ReactiveStringRedisTemplate redis;

	private final String stream;

	private final CounterRepository counters;

	private final AtomicBoolean running = new AtomicBoolean();

	ReindexService(ElasticsearchAsyncClient client, VideoIndex index, VideoIndexer indexer,
			ReactiveStringRedisTemplate redis, CounterRepository counters, DiscoveryProperties properties) {
		this.client = client;
		this.counters = counters;
		this.index = index;
		this.indexer = indexer;
		this.redis = redis;
		this.stream = properties.getEvents().getVideosStream();
	}

	Mono<Result> reindex() {
		if (!this.running.compareAndSet(false, true)) {
			return Mono.error(new BadUserInputException("reindexVideos", "A reindex is already running"));
		}
		AtomicInteger replayed = new AtomicInteger();
		AtomicReference<String> last = new AtomicReference<>("-");
		return this.index.createIndex()
			.flatMap((target) -> copy(target, null).then(replay(target, last, replayed))
				.then(this.index.refresh(target))
				.then(this.index.swapAlias(target))
				.then(replay(this.index.alias(), last, replayed))
				.then(this.counters.markAllDirty())
				.then(this.index.refresh(this.index.alias()))
				.then(this.index.count(this.index.alias()))
				.map((documents) -> new Result(target, documents.intValue(), replayed.get())))
			.doFinally((signal) -> this.running.set(false));
	}

	private Mono<Void> copy(String target, @Nullable List<FieldValue> after) {
		return page(after).flatMap((response) -> {
			List<Hit<VideoDocument>> hits = response.hits().hits();
			if (hits.isEmpty()) {
				return Mono.empty();
			}
			List<IndexWrite> writes = hits.stream()
				.filter((hit) -> hit.source() != null && hit.version() != null)
				.<IndexWrite>map((hit) -> new IndexWrite.Put(UUID.fromString(hit.id()), hit.version(), hit.source()))
				.toList();
			Mono<Void> next = (hits.size() < PAGE) ? Mono.empty() : copy(target, hits.get(hits.size() - 1).sort());
			return this.index.applyAll(target, writes).then(next);
		});
	}

	private Mono<SearchResponse<VideoDocument>> page(@Nullable List<FieldValue> after) {
		return ElasticsearchCalls.call(() -> this.client.search((s) -> {
			s.index(this.index.alias())
				.size(PAGE)
				.version(true)
				.sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc)));
			if (after != null) {
				s.searchAfter(after);
			}
			return s;
		}, VideoDocument.class));
	}

	/**
	 * Replay the stream after {@code last} to its end into a target, page by page.
	 */
	private Mono<Void> replay(String target, AtomicReference<String> last, AtomicInteger replayed) {
		return readPage(last.get()).flatMap((records) -> {
			if (records.isEmpty()) {
				return Mono.empty();
			}
			last.set(records.get(records.size() - 1).getId().getValue());
			replayed.addAndGet(records.size());
			return reduce(records).flatMap((writes) -> this.index.applyAll(target, writes))
				.then(Mono.defer(() -> replay(target, last, replayed)));
		});
	}

	private Mono<List<MapRecord<String, Object, Object>>> readPage(String after) {
		Range<String> range = "-".equals(after) ? Range.unbounded()
				: Range.rightUnbounded(Range.Bound.exclusive(after));
		return this.redis.opsForStream().range(this.stream, range, Limit.limit().count(PAGE)).collectList();
	}

	private Mono<List<IndexWrite>> reduce(List<MapRecord<String, Object, Object>> records) {
		List<EventEnvelope> events = new ArrayList<>();
		for (MapRecord<String, Object, Object> record : records) {
			Object json = record.getValue().get("event");
			if (json != null) {
				parse(Objects.toString(json)).filter((event) -> VideoIndexer.STATE_EVENTS.contains(event.type()))
					.ifPresent(events::add);
			}
		}
		return reactor.core.publisher.Flux.fromIterable(events).concatMap(this.indexer::toWrite).collectList();
	}

	private static java.util.Optional<EventEnvelope> parse(String json) {
		try {
			return java.util.Optional.of(EventJson.read(json));
		}
		catch (RuntimeException ex) {
			return java.util.Optional.empty();
		}
	}

	/**
	 * The outcome (GraphQL {@code ReindexResult}).
	 *
	 * @param index the new index
	 * @param documents documents in it
	 * @param eventsReplayed stream entries replayed
	 */
	record Result(String index, int documents, int eventsReplayed) {

	}

}
