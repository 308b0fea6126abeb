package io.streamhub.videos.playlist;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Viewer;
import io.streamhub.platform.ids.Ids;
import io.streamhub.videos.creator.User;
import io.streamhub.videos.generated.DgsConstants;
import io.streamhub.videos.generated.types.CreatePlaylistInput;
import io.streamhub.videos.generated.types.UpdatePlaylistInput;
import io.streamhub.platform.paging.Connection;
import io.streamhub.platform.paging.Cursor;
import io.streamhub.platform.paging.PageRequest;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Playlists in the graph: lookups, changes and the batched fields.
 */
@DgsComponent
class PlaylistDataFetcher {

	private final PlaylistService playlists;

	PlaylistDataFetcher(PlaylistService playlists) {
		this.playlists = playlists;
	}

	@DgsQuery
	CompletableFuture<Playlist> playlist(@InputArgument String id, DataFetchingEnvironment env) {
		return PlaylistDataLoader.loadVisible(env, Ids.parse(id, "id"));
	}

	@DgsMutation
	Mono<Playlist> createPlaylist(@InputArgument CreatePlaylistInput input, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		PlaylistChange change = PlaylistChange.of(input.getTitle(), input.getDescription(), input.getVisibility(),
				true);
		return this.playlists.create(viewer, change);
	}

	@DgsMutation
	Mono<Playlist> updatePlaylist(@InputArgument String id, @InputArgument UpdatePlaylistInput input,
			DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		PlaylistChange change = PlaylistChange.of(input.getTitle(), input.getDescription(), input.getVisibility(),
				false);
		return this.playlists.update(viewer, Ids.parse(id, "id"), change);
	}

	@DgsMutation
	Mono<Boolean> deletePlaylist(@InputArgument String id, DataFetchingEnvironment env) {
		return this.playlists.delete(Viewer.require(env), Ids.parse(id, "id"));
	}

	@DgsMutation
	Mono<Playlist> addToPlaylist(@InputArgument String playlistId, @InputArgument String videoId,
			DataFetchingEnvironment env) {
		return this.playlists.add(Viewer.require(env), Ids.parse(playlistId, "playlistId"),
				Ids.parse(videoId, "videoId"));
	}

	@DgsMutation
	Mono<Playlist> removeFromPlaylist(@InputArgument String playlistId, @InputArgument String videoId,
			DataFetchingEnvironment env) {
		return this.playlists.remove(Viewer.require(env), Ids.parse(playlistId, "playlistId"),
				Ids.parse(videoId, "videoId"));
	}

	@DgsMutation
	Mono<Playlist> movePlaylistItem(@InputArgument String playlistId, @InputArgument String videoId,
			@InputArgument Integer position, DataFetchingEnvironment env) {
		return this.playlists.move(Viewer.require(env), Ids.parse(playlistId, "playlistId"),
				Ids.parse(videoId, "videoId"), position);
	}

	@DgsData(parentType = DgsConstants.PLAYLIST.TYPE_NAME, field = DgsConstants.PLAYLIST.Owner)
	User owner(DataFetchingEnvironment env) {
		Playlist playlist = env.getSource();
		return new User(playlist.ownerId());
	}

	@DgsData(parentType = DgsConstants.PLAYLIST.TYPE_NAME, field = DgsConstants.PLAYLIST.Videos)
	CompletableFuture<Connection<PlaylistEdge>> videos(@InputArgument @Nullable Integer first,
			@InputArgument @Nullable String after, DataFetchingEnvironment env) {
		Playlist playlist = env.getSource();
		PageRequest page = PageRequest.of(first, after, PlaylistEdge.KIND);
		DataLoader<PlaylistPageKey, Connection<PlaylistEdge>> loader = env.getDataLoader(PlaylistVideosDataLoader.NAME);
		return loader.load(new PlaylistPageKey(playlist.id(), page.first(), afterPosition(page.after())));
	}

	@DgsData(parentType = DgsConstants.PLAYLIST.TYPE_NAME, field = DgsConstants.PLAYLIST.VideoCount)
	CompletableFuture<Long> videoCount(DataFetchingEnvironment env) {
		Playlist playlist = env.getSource();
		DataLoader<UUID, Long> loader = env.getDataLoader(PlaylistCountDataLoader.NAME);
		return loader.load(playlist.id());
	}

	private static int afterPosition(@Nullable Cursor after) {
		if (after == null) {
			return -1;
		}
		try {
			return Integer.parseInt(after.key());
		}
		catch (NumberFormatException ex) {
			throw new io.streamhub.platform.errors.BadUserInputException("after", "Not a valid cursor");
		}
	}

}
