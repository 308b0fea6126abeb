package io.streamhub.videos.playlist;

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
 * Loads playlists by id, one SQL statement per batch; {@link #loadVisible} applies the
 * playlist's visibility.
 */
@DgsDataLoader(name = PlaylistDataLoader.NAME)
class PlaylistDataLoader implements MappedBatchLoader<UUID, Playlist> {

	static final String NAME = "playlists";

	private final PlaylistRepository repository;

	PlaylistDataLoader(PlaylistRepository repository) {
		this.repository = repository;
	}

	static CompletableFuture<Playlist> loadVisible(DataFetchingEnvironment env, UUID id) {
		DataLoader<UUID, Playlist> loader = env.getDataLoader(NAME);
		return loader.load(id)
			.thenApply((playlist) -> (playlist != null && playlist.visibleTo(Viewer.current(env))) ? playlist : null);
	}

	@Override
	public CompletionStage<Map<UUID, Playlist>> load(Set<UUID> ids) {
		return this.repository.findAllById(ids).collect(Collectors.toMap(Playlist::id, Function.identity())).toFuture();
	}

}
