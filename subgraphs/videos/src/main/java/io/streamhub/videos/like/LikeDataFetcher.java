package io.streamhub.videos.like;

import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Viewer;
import io.streamhub.platform.ids.Ids;
import io.streamhub.videos.generated.DgsConstants;
import io.streamhub.videos.video.Video;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

/**
 * {@code likeVideo}, {@code unlikeVideo} and {@code Video.viewerHasLiked} (batched).
 */
@DgsComponent
class LikeDataFetcher {

	private final LikeService likes;

	LikeDataFetcher(LikeService likes) {
		this.likes = likes;
	}

	@DgsMutation
	Mono<Video> likeVideo(@InputArgument String videoId, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		return this.likes.like(viewer, Ids.parse(videoId, "videoId"));
	}

	@DgsMutation
	Mono<Video> unlikeVideo(@InputArgument String videoId, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		return this.likes.unlike(viewer, Ids.parse(videoId, "videoId"));
	}

	@DgsData(parentType = DgsConstants.VIDEO.TYPE_NAME, field = DgsConstants.VIDEO.ViewerHasLiked)
	CompletableFuture<Boolean> viewerHasLiked(DataFetchingEnvironment env) {
		Video video = env.getSource();
		if (Viewer.current(env).isEmpty()) {
			return CompletableFuture.completedFuture(false);
		}
		DataLoader<java.util.UUID, Boolean> loader = env.getDataLoader(LikeStateDataLoader.NAME);
		return loader.load(video.id());
	}

}
