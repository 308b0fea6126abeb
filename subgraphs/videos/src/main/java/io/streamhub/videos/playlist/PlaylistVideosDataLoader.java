package io.streamhub.videos.playlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.streamhub.platform.security.Viewer;
import io.streamhub.platform.paging.Connection;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/**
 * {@code Playlist.videos} for many playlists: one SQL statement per batch, only the
 * videos the viewer may see, in position order.
 */
@DgsDataLoader(name = PlaylistVideosDataLoader.NAME)
class PlaylistVideosDataLoader implements MappedBatchLoaderWithContext<PlaylistPageKey, Connection<PlaylistEdge>> {

	static final String NAME = "playlistVideos";

	private final PlaylistRepository repository;

	PlaylistVideosDataLoader(PlaylistRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<PlaylistPageKey, Connection<PlaylistEdge>>> load(Set<PlaylistPageKey> keySet,
			BatchLoaderEnvironment environment) {
		PlaylistViewer viewer = PlaylistViewer.of(Viewer.current(environment));
		List<PlaylistPageKey> keys = new ArrayList<>(keySet);
		return this.repository.pages(keys, viewer.id(), viewer.admin())
			.map((byIndex) -> IntStream.range(0, keys.size())
				.boxed()
				.collect(Collectors.toMap(keys::get,
						(index) -> Connection.of(byIndex.getOrDefault(index, List.of()), keys.get(index).first(),
								PlaylistEdge::at))))
			.toFuture();
	}

}
