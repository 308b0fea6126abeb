package io.streamhub.videos.view;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.security.Viewer;
import io.streamhub.videos.config.Ids;
import io.streamhub.videos.video.VideoService;
import reactor.core.publisher.Mono;

/**
 * {@code recordView}: anonymous viewers count too; only videos the viewer may see.
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
		return this.videos.findVisible(Ids.parse(videoId, "videoId"), Viewer.current(env))
			.flatMap((video) -> this.buffer.record(video.id()))
			.thenReturn(true);
	}

}
