package io.streamhub.videos.like;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Viewer;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/**
 * {@code viewerHasLiked} for many videos: one SQL statement per batch (the viewer comes
 * from the request's context).
 */
@DgsDataLoader(name = LikeStateDataLoader.NAME)
class LikeStateDataLoader implements MappedBatchLoaderWithContext<UUID, Boolean> {

	static final String NAME = "videoLikeStates";

	private final LikeRepository repository;

	LikeStateDataLoader(LikeRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<UUID, Boolean>> load(Set<UUID> videoIds, BatchLoaderEnvironment environment) {
		Optional<AuthenticatedUser> viewer = Viewer.current(environment);
		if (viewer.isEmpty()) {
			return CompletableFuture
				.completedFuture(videoIds.stream().collect(Collectors.toMap(Function.identity(), (id) -> false)));
		}
		return this.repository.likedAmong(viewer.get().id(), videoIds)
			.collect(Collectors.toSet())
			.map((liked) -> videoIds.stream().collect(Collectors.toMap(Function.identity(), liked::contains)))
			.toFuture();
	}

}
