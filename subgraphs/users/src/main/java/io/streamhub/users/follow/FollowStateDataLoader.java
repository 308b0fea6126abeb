package io.streamhub.users.follow;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import org.dataloader.MappedBatchLoader;
import reactor.core.publisher.Flux;

/**
 * {@code viewerIsFollowing}: one SQL statement per viewer per batch (a request has one
 * viewer).
 */
@DgsDataLoader(name = FollowStateDataLoader.NAME)
class FollowStateDataLoader implements MappedBatchLoader<FollowCheck, Boolean> {

	static final String NAME = "followStates";

	private final FollowRepository repository;

	FollowStateDataLoader(FollowRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<FollowCheck, Boolean>> load(Set<FollowCheck> keys) {
		Map<UUID, Set<FollowCheck>> byViewer = keys.stream()
			.collect(Collectors.groupingBy(FollowCheck::viewer, Collectors.toSet()));
		return Flux.fromIterable(byViewer.entrySet())
			.concatMap((entry) -> states(entry.getKey(), entry.getValue()))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.toFuture();
	}

	private Flux<Map.Entry<FollowCheck, Boolean>> states(UUID viewer, Set<FollowCheck> keys) {
		Set<UUID> targets = keys.stream().map(FollowCheck::target).collect(Collectors.toSet());
		return this.repository.followedAmong(viewer, targets)
			.collect(Collectors.toSet())
			.flatMapIterable((followed) -> keys.stream()
				.collect(Collectors.toMap(Function.identity(), (key) -> followed.contains(key.target())))
				.entrySet());
	}

}
