package io.streamhub.videos.playlist;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.streamhub.platform.security.Viewer;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/**
 * {@code Playlist.videoCount} for many playlists: one SQL statement per batch.
 */
@DgsDataLoader(name = PlaylistCountDataLoader.NAME)
class PlaylistCountDataLoader implements MappedBatchLoaderWithContext<UUID, Long> {

	static final String NAME = "playlistCounts";

	private final PlaylistRepository repository;

	PlaylistCountDataLoader(PlaylistRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<UUID, Long>> load(Set<UUID> playlists, BatchLoaderEnvironment environment) {
		PlaylistViewer viewer = PlaylistViewer.of(Viewer.current(environment));
		return this.repository.counts(playlists, viewer.id(), viewer.admin())
			.map((counts) -> playlists.stream()
				.collect(Collectors.toMap((id) -> id, (id) -> counts.getOrDefault(id, 0L))))
			.toFuture();
	}

}
