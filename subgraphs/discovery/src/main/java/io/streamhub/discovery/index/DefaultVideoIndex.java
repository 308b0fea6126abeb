package io.streamhub.discovery.index;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.streamhub.discovery.config.DiscoveryProperties;
import io.streamhub.platform.ids.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * {@link VideoIndex} on the Elasticsearch Java client. Creates the index and alias at
 * start-up (retrying while the cluster comes up).
 */
@Component
class DefaultVideoIndex implements VideoIndex, InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(DefaultVideoIndex.class);

	private static final Set<String> IGNORED_ITEM_ERRORS = Set.of("version_conflict_engine_exception",
			"document_missing_exception");

	private final ElasticsearchAsyncClient client;

	private final String alias;

	private final Clock clock;

	DefaultVideoIndex(ElasticsearchAsyncClient client, DiscoveryProperties properties, Clock clock) {
		this.client = client;
		this.alias = properties.getElasticsearch().getAlias();
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		ensureAlias().retryWhen(Retry.fixedDelay(60, Duration.ofSeconds(1))).block(Duration.ofMinutes(2));
	}

	@Override
	public String alias() {
		return this.alias;
	}

	@Override
	public Mono<Void> ensureAlias() {
		return ElasticsearchCalls.call(() -> this.client.indices().existsAlias((e) -> e.name(this.alias)))
			.flatMap((exists) -> {
				if (exists.value()) {
					return Mono.empty();
				}
				return createIndex()
					.flatMap((index) -> ElasticsearchCalls.call(() -> this.client.indices()
						.updateAliases((u) -> u.actions((a) -> a.add((add) -> add.index(index).alias(this.alias))))))
					.then();
			});
	}

	@Override
	public Mono<String> createIndex() {
		String name = this.alias + "-" + this.clock.millis() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return ElasticsearchCalls.call(() -> this.client.indices().create(IndexMappings.create(name))).thenReturn(name);
	}

	@Override
	public Mono<Void> swapAlias(String index) {
		return currentIndices()
			.flatMap((old) -> ElasticsearchCalls.call(() -> this.client.indices().updateAliases((u) -> {
				old.forEach((previous) -> u.actions((a) -> a.remove((r) -> r.index(previous).alias(this.alias))));
				return u.actions((a) -> a.add((add) -> add.index(index).alias(this.alias)));
			})).then(deleteIndices(old, index)));
	}

	private Mono<List<String>> currentIndices() {
		return ElasticsearchCalls.call(() -> this.client.indices().existsAlias((e) -> e.name(this.alias)))
			.flatMap((exists) -> {
				if (!exists.value()) {
					return Mono.just(List.<String>of());
				}
				return ElasticsearchCalls.call(() -> this.client.indices().getAlias((g) -> g.name(this.alias)))
					.map((response) -> List.copyOf(response.result().keySet()));
			});
	}

	private Mono<Void> deleteIndices(List<String> indices, String keep) {
		List<String> doomed = indices.stream().filter((name) -> !name.equals(keep)).toList();
		if (doomed.isEmpty()) {
			return Mono.empty();
		}
		return ElasticsearchCalls.call(() -> this.client.indices().delete((d) -> d.index(doomed))).then();
	}

	@Override
	public Mono<Void> apply(String target, IndexWrite write) {
		return applyAll(target, List.of(write));
	}

	@Override
	public Mono<Void> applyAll(String target, List<IndexWrite> writes) {
		if (writes.isEmpty()) {
			return Mono.empty();
		}
		List<BulkOperation> operations = writes.stream().map(DefaultVideoIndex::operation).toList();
		return ElasticsearchCalls.call(() -> this.client.bulk((b) -> b.index(target).operations(operations)))
			.doOnNext(this::logErrors)
			.then();
	}

	private static BulkOperation operation(IndexWrite write) {
		String id = write.videoId().toString();
		if (write instanceof IndexWrite.Put put) {
			return BulkOperation.of((o) -> o.index((i) -> i.id(id)
				.document(put.document())
				.version(write.version())
				.versionType(VersionType.External)));
		}
		return BulkOperation
			.of((o) -> o.delete((d) -> d.id(id).version(write.version()).versionType(VersionType.External)));
	}

	@Override
	public Mono<Void> updateCounts(Map<UUID, Counts> counts) {
		if (counts.isEmpty()) {
			return Mono.empty();
		}
		List<BulkOperation> operations = new ArrayList<>();
		counts.forEach((id, count) -> operations.add(BulkOperation.of((o) -> o.update((u) -> u.id(id.toString())
			.action((a) -> a.doc(Map.of("viewCount", count.views(), "likeCount", count.likes())))))));
		return ElasticsearchCalls.call(() -> this.client.bulk((b) -> b.index(this.alias).operations(operations)))
			.doOnNext(this::logErrors)
			.then();
	}

	@Override
	public Mono<Void> updateUsername(UUID creatorId, String username) {
		return ElasticsearchCalls.call(
				() -> this.client.search(
						(s) -> s.index(this.alias)
							.size(10_000)
							.source((src) -> src.fetch(false))
							.query((q) -> q
								.term((t) -> t.field("creatorId").value(FieldValue.of(creatorId.toString())))),
						Void.class))
			.flatMap((response) -> {
				List<BulkOperation> operations = response.hits()
					.hits()
					.stream()
					.map(Hit::id)
					.map((id) -> BulkOperation
						.of((o) -> o.update((u) -> u.id(id).action((a) -> a.doc(Map.of("creatorUsername", username))))))
					.toList();
				if (operations.isEmpty()) {
					return Mono.empty();
				}
				return ElasticsearchCalls
					.call(() -> this.client.bulk((b) -> b.index(this.alias).operations(operations)))
					.doOnNext(this::logErrors)
					.then();
			});
	}

	@Override
	public Mono<Set<UUID>> existing(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Mono.just(Set.of());
		}
		List<String> keys = ids.stream().map(UUID::toString).toList();
		return ElasticsearchCalls.call(
				() -> this.client.mget((m) -> m.index(this.alias).ids(keys).source((s) -> s.fetch(false)), Void.class))
			.map((response) -> {
				Set<UUID> found = new HashSet<>();
				response.docs()
					.stream()
					.filter((item) -> item.isResult() && item.result().found())
					.forEach((item) -> Ids.tryParse(item.result().id()).ifPresent(found::add));
				return found;
			});
	}

	@Override
	public Mono<Void> refresh(String target) {
		return ElasticsearchCalls.call(() -> this.client.indices().refresh((r) -> r.index(target))).then();
	}

	@Override
	public Mono<Long> count(String target) {
		return ElasticsearchCalls.call(() -> this.client.count((c) -> c.index(target)))
			.map((response) -> response.count());
	}

	private void logErrors(BulkResponse response) {
		if (!response.errors()) {
			return;
		}
		for (BulkResponseItem item : response.items()) {
			if (item.error() != null && !IGNORED_ITEM_ERRORS.contains(item.error().type())) {
				logger.warn("Index write of {} failed: {} {}", item.id(), item.error().type(), item.error().reason());
			}
		}
	}

}
