package io.streamhub.videos.view;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Viewer;
import io.streamhub.platform.ids.Ids;
import io.streamhub.videos.video.VideoService;
import reactor.core.publisher.Mono;

/**
 * {@code recordView}: anonymous viewers count too; only videos the viewer may see; one
 * view per viewer (signed-in user, else client address) and video per
 * {@code videos.views.dedup-window}. Always answers true for a visible video, counted or
 * not (a client cannot tell whether it was deduplicated).
 */
@DgsComponent
class ViewDataFetcher {

	private final VideoService videos;

	private final ViewBuffer buffer;

	ViewDataFetcher(VideoService videos, ViewBuffer buffer) {
		this.videos = videos;
		this.buffer = buffer;
	}

	@DgsMutation
	Mono<Boolean> recordView(@InputArgument String videoId, DataFetchingEnvironment env) {
		Optional<AuthenticatedUser> user = Viewer.current(env);
		String address = ClientAddressInterceptor.of(env);
		String viewer = user.map((signedIn) -> "user:" + signedIn.id())
			.orElse((address != null) ? "address:" + address : null);
		return this.videos.findVisible(Ids.parse(videoId, "videoId"), user)
			.flatMap((video) -> this.buffer.record(video.id(), viewer))
			.thenReturn(true);
	}

}
