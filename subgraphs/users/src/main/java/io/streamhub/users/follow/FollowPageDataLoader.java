package io.streamhub.users.follow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.streamhub.users.paging.Connection;
import org.dataloader.MappedBatchLoader;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Pages of followers/following for many users: one SQL statement per direction per batch.
 */
@DgsDataLoader(name = FollowPageDataLoader.NAME)
class FollowPageDataLoader implements MappedBatchLoader<PageKey, Connection<FollowEdge>> {

	static final String NAME = "followPages";

	private final FollowRepository repository;

	FollowPageDataLoader(FollowRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<PageKey, Connection<FollowEdge>>> load(Set<PageKey> keys) {
		Map<Direction, List<PageKey>> byDirection = keys.stream()
			.collect(Collectors.groupingBy(PageKey::direction, Collectors.toList()));
		return Flux.fromIterable(byDirection.entrySet())
			.concatMap((entry) -> pages(entry.getKey(), entry.getValue()))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.toFuture();
	}

	private Flux<Map.Entry<PageKey, Connection<FollowEdge>>> pages(Direction direction, List<PageKey> keys) {
		Mono<Map<Integer, List<FollowEdge>>> rows = this.repository.pages(direction, keys);
		return rows.flatMapIterable((byIndex) -> IntStream.range(0, keys.size())
			.mapToObj((index) -> Map.entry(keys.get(index), connection(keys.get(index), byIndex.get(index))))
			.toList());
	}

	private static Connection<FollowEdge> connection(PageKey key, List<FollowEdge> rows) {
		List<FollowEdge> page = (rows != null) ? rows : List.of();
		return Connection.of(page, key.page().first(), FollowEdge::position);
	}

}
