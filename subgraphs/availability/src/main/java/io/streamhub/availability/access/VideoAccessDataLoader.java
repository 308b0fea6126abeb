package io.streamhub.availability.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.security.Viewer;
import org.dataloader.DataLoader;
import org.dataloader.MappedBatchLoader;

/**
 * Loads video access rows by id, one SQL statement per batch.
 */
@DgsDataLoader(name = VideoAccessDataLoader.NAME)
public class VideoAccessDataLoader implements MappedBatchLoader<UUID, VideoAccess> {

	/** The registered name of this DataLoader. */
	public static final String NAME = "videoAccess";

	private final VideoAccessRepository repository;

	VideoAccessDataLoader(VideoAccessRepository repository) {
		this.repository = repository;
	}

	/**
	 * Whether the viewer may see a video (unknown videos are not visible).
	 * @param env the data fetching environment
	 * @param videoId the video
	 * @return whether it is visible
	 */
	public static CompletableFuture<Boolean> visible(DataFetchingEnvironment env, UUID videoId) {
		DataLoader<UUID, VideoAccess> loader = env.getDataLoader(NAME);
		return loader.load(videoId).thenApply((access) -> access != null && access.visibleTo(Viewer.current(env)));
	}

	@Override
	public CompletionStage<Map<UUID, VideoAccess>> load(Set<UUID> ids) {
		return this.repository.findAllById(ids)
			.collect(Collectors.toMap(VideoAccess::videoId, Function.identity()))
			.toFuture();
	}

}
