package io.streamhub.videos.playlist;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.ids.Ids;
import io.streamhub.videos.generated.DgsConstants;

/**
 * {@code _entities} for {@code Playlist}, batched; PRIVATE playlists of others resolve to
 * null. Public because DGS invokes entity fetchers reflectively without making them
 * accessible.
 */
@DgsComponent
public class PlaylistEntityFetcher {

	PlaylistEntityFetcher() {
	}

	@DgsEntityFetcher(name = DgsConstants.PLAYLIST.TYPE_NAME)
	public CompletableFuture<?> playlist(Map<String, Object> representation, DataFetchingEnvironment env) {
		return Ids.tryParse(representation.get("id"))
			.<CompletableFuture<?>>map((id) -> PlaylistDataLoader.loadVisible(env, id))
			.orElseGet(() -> CompletableFuture.completedFuture(null));
	}

}
