package io.streamhub.comments.comment;

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
 * {@code Comment.viewerHasLiked} for many comments: one SQL statement per batch (the
 * viewer comes from the request's context; always false for an anonymous request).
 */
@DgsDataLoader(name = LikeStateDataLoader.NAME)
class LikeStateDataLoader implements MappedBatchLoaderWithContext<UUID, Boolean> {

	static final String NAME = "commentLikeStates";

	private final LikeRepository repository;

	LikeStateDataLoader(LikeRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<UUID, Boolean>> load(Set<UUID> commentIds, BatchLoaderEnvironment environment) {
		Optional<AuthenticatedUser> viewer = Viewer.current(environment);
		if (viewer.isEmpty()) {
			return CompletableFuture
				.completedFuture(commentIds.stream().collect(Collectors.toMap(Function.identity(), (id) -> false)));
		}
		return this.repository.likedAmong(viewer.get().id(), commentIds)
			.collect(Collectors.toSet())
			.map((liked) -> commentIds.stream().collect(Collectors.toMap(Function.identity(), liked::contains)))
			.toFuture();
	}

}
