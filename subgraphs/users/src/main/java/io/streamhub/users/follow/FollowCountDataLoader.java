package io.streamhub.users.follow;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import org.dataloader.MappedBatchLoader;
import reactor.core.publisher.Flux;

/**
 * Follower and following counts: one grouped SQL statement per direction per batch.
 */
@DgsDataLoader(name = FollowCountDataLoader.NAME)
class FollowCountDataLoader implements MappedBatchLoader<CountKey, Long> {

	static final String NAME = "followCounts";

	private final FollowRepository repository;

	FollowCountDataLoader(FollowRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<CountKey, Long>> load(Set<CountKey> keys) {
		Map<Direction, Set<CountKey>> byDirection = keys.stream()
			.collect(Collectors.groupingBy(CountKey::direction, Collectors.toSet()));
		return Flux.fromIterable(byDirection.entrySet())
			.concatMap((entry) -> counts(entry.getKey(), entry.getValue()))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.toFuture();
	}

	private Flux<Map.Entry<CountKey, Long>> counts(Direction direction, Set<CountKey> keys) {
		Set<java.util.UUID> users = keys.stream().map(CountKey::userId).collect(Collectors.toSet());
		return this.repository.count(direction, users)
			.flatMapIterable((counts) -> keys.stream()
				.collect(Collectors.toMap(Function.identity(), (key) -> counts.getOrDefault(key.userId(), 0L)))
				.entrySet());
	}

}
