package io.streamhub.videos.video;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Viewer;
import io.streamhub.platform.ids.Ids;
import io.streamhub.videos.generated.types.UpdateVideoInput;
import io.streamhub.platform.paging.Connection;
import io.streamhub.platform.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * {@code video}, {@code videos}, {@code updateVideo} and {@code deleteVideo}.
 */
@DgsComponent
class VideoDataFetcher {

	private final VideoService videos;

	VideoDataFetcher(VideoService videos) {
		this.videos = videos;
	}

	@DgsQuery
	CompletableFuture<Video> video(@InputArgument String id, DataFetchingEnvironment env) {
		return VideoDataLoader.loadVisible(env, Ids.parse(id, "id"));
	}

	@DgsQuery
	Mono<Connection<VideoEdge>> videos(@InputArgument io.streamhub.videos.generated.types.@Nullable VideoFilter filter,
			@InputArgument @Nullable String orderBy, @InputArgument @Nullable Integer first,
			@InputArgument @Nullable String after, DataFetchingEnvironment env) {
		VideoOrder order = (orderBy != null) ? VideoOrder.valueOf(orderBy) : VideoOrder.NEWEST;
		PageRequest page = PageRequest.of(first, after, order.name());
		return this.videos.list(filter(filter), order, page, Viewer.current(env));
	}

	@DgsMutation
	Mono<Video> updateVideo(@InputArgument String id, @InputArgument UpdateVideoInput input,
			DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		VideoChange change = VideoChange.validate(input);
		return this.videos.update(Ids.parse(id, "id"), change, viewer);
	}

	@DgsMutation
	Mono<Boolean> deleteVideo(@InputArgument String id, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		return this.videos.delete(Ids.parse(id, "id"), viewer);
	}

	private static VideoFilter filter(io.streamhub.videos.generated.types.@Nullable VideoFilter input) {
		if (input == null) {
			return VideoFilter.NONE;
		}
		String tag = (input.getTag() != null) ? input.getTag().strip().toLowerCase(Locale.ROOT) : null;
		return new VideoFilter(
				(input.getCreatorId() != null) ? Ids.parse(input.getCreatorId(), "filter.creatorId") : null,
				input.getCategory(), tag);
	}

}
