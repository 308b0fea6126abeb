package io.streamhub.videos.upload;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.security.Viewer;
import io.streamhub.platform.ids.Ids;
import io.streamhub.videos.generated.types.CreateVideoUploadInput;
import io.streamhub.videos.video.Video;
import reactor.core.publisher.Mono;

/**
 * {@code createVideoUpload} (CREATOR or ADMIN) and {@code completeVideoUpload} (the
 * owner).
 */
@DgsComponent
class UploadDataFetcher {

	private final UploadService uploads;

	UploadDataFetcher(UploadService uploads) {
		this.uploads = uploads;
	}

	@DgsMutation
	Mono<VideoUpload> createVideoUpload(@InputArgument CreateVideoUploadInput input, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.requireRole(env, Role.CREATOR, Role.ADMIN);
		UploadRequest request = UploadRequest.validate(input, this.uploads.maxSize());
		return this.uploads.create(viewer, request);
	}

	@DgsMutation
	Mono<Video> completeVideoUpload(@InputArgument String videoId, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		return this.uploads.complete(viewer, Ids.parse(videoId, "videoId"));
	}

}
