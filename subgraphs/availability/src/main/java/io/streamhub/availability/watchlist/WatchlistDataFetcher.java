package io.streamhub.availability.watchlist;

import java.util.Map;
import java.util.Optional;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.availability.access.Video;
import io.streamhub.platform.ids.Ids;
import io.streamhub.availability.generated.DgsConstants;
import io.streamhub.platform.paging.Connection;
import io.streamhub.platform.paging.PageRequest;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Viewer;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Watchlists in the graph. {@code User.watchlist} is private: null for anyone but the
 * user themself. Public because DGS invokes entity fetchers reflectively.
 */
@DgsComponent
public class WatchlistDataFetcher {

	private final WatchlistService watchlists;

	WatchlistDataFetcher(WatchlistService watchlists) {
		this.watchlists = watchlists;
	}

	@DgsEntityFetcher(name = DgsConstants.USER.TYPE_NAME)
	public @Nullable User user(Map<String, Object> representation) {
		return Ids.tryParse(representation.get("id")).map(User::new).orElse(null);
	}

	@DgsMutation
	Mono<WatchlistEntry> addToWatchlist(@InputArgument String videoId, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		return this.watchlists.add(viewer, Ids.parse(videoId, "videoId"));
	}

	@DgsMutation
	Mono<Boolean> removeFromWatchlist(@InputArgument String videoId, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		return this.watchlists.remove(viewer, Ids.parse(videoId, "videoId"));
	}

	@DgsData(parentType = DgsConstants.USER.TYPE_NAME, field = DgsConstants.USER.Watchlist)
	@Nullable Mono<Connection<WatchlistEdge>> watchlist(@InputArgument @Nullable Integer first,
			@InputArgument @Nullable String after, DataFetchingEnvironment env) {
		User user = env.getSource();
		PageRequest page = PageRequest.of(first, after, WatchlistEntry.CURSOR_KIND);
		Optional<AuthenticatedUser> viewer = Viewer.current(env);
		if (viewer.isEmpty() || !viewer.get().id().equals(user.id())) {
			return null;
		}
		return this.watchlists.page(user.id(), page);
	}

	@DgsData(parentType = DgsConstants.WATCHLISTENTRY.TYPE_NAME, field = DgsConstants.WATCHLISTENTRY.Video)
	Video video(DataFetchingEnvironment env) {
		WatchlistEntry entry = env.getSource();
		return new Video(entry.videoId());
	}

}
