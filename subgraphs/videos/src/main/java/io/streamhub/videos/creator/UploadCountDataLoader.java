package io.streamhub.videos.creator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Viewer;
import io.streamhub.videos.video.VideoAccess;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/**
 * {@code User.uploadCount} for many users: one SQL statement per batch, with the same
 * visibility rule as {@code User.videos}.
 */
@DgsDataLoader(name = UploadCountDataLoader.NAME)
class UploadCountDataLoader implements MappedBatchLoaderWithContext<UUID, Long> {

	static final String NAME = "uploadCounts";

	private final CreatorRepository repository;

	UploadCountDataLoader(CreatorRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<UUID, Long>> load(Set<UUID> creatorSet, BatchLoaderEnvironment environment) {
		Optional<AuthenticatedUser> viewer = Viewer.current(environment);
		List<UUID> creators = new ArrayList<>(creatorSet);
		List<Boolean> seeAll = creators.stream().map((id) -> VideoAccess.isOwnerOrAdmin(viewer, id)).toList();
		return this.repository.counts(creators, seeAll)
			.map((counts) -> creators.stream()
				.collect(Collectors.toMap((id) -> id, (id) -> counts.getOrDefault(id, 0L))))
			.toFuture();
	}

}
