package io.streamhub.videos.video;

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
 * Loads videos by id, one SQL statement per batch. Every path that yields a {@code Video}
 * from an id ({@code video}, {@code _entities}, mutations' results) goes through it, and
 * through {@link #loadVisible}, which applies {@link VideoAccess}.
 */
@DgsDataLoader(name = VideoDataLoader.NAME)
public class VideoDataLoader implements MappedBatchLoader<UUID, Video> {

	/** The registered name of this DataLoader. */
	public static final String NAME = "videos";

	private final VideoRepository repository;

	VideoDataLoader(VideoRepository repository) {
		this.repository = repository;
	}

	/**
	 * Loads a video the viewer may see.
	 * @param env the data fetching environment
	 * @param id the video id
	 * @return the video, or null when missing, deleted or not visible to the viewer
	 */
	public static CompletableFuture<Video> loadVisible(DataFetchingEnvironment env, UUID id) {
		DataLoader<UUID, Video> loader = env.getDataLoader(NAME);
		if (loader == null) {
			throw new IllegalStateException("DataLoader " + NAME + " is not registered");
		}
		return loader.load(id)
			.thenApply((video) -> (video != null && VideoAccess.canSee(video, Viewer.current(env))) ? video : null);
	}

	@Override
	public CompletionStage<Map<UUID, Video>> load(Set<UUID> ids) {
		return this.repository.findAllById(ids).collect(Collectors.toMap(Video::id, Function.identity())).toFuture();
	}

}
