package io.streamhub.videos.creator;

import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.videos.generated.DgsConstants;
import io.streamhub.platform.paging.Connection;
import io.streamhub.platform.paging.PageRequest;
import io.streamhub.videos.video.Video;
import io.streamhub.videos.video.VideoEdge;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

/**
 * {@code Video.creator} and the {@code User} fields {@code videos} and
 * {@code uploadCount}, both batched.
 */
@DgsComponent
class CreatorDataFetcher {

	@DgsData(parentType = DgsConstants.VIDEO.TYPE_NAME, field = DgsConstants.VIDEO.Creator)
	User creator(DataFetchingEnvironment env) {
		Video video = env.getSource();
		return new User(video.ownerId());
	}

	@DgsData(parentType = DgsConstants.USER.TYPE_NAME, field = DgsConstants.USER.Videos)
	CompletableFuture<Connection<VideoEdge>> videos(@InputArgument @Nullable Integer first,
			@InputArgument @Nullable String after, DataFetchingEnvironment env) {
		User creator = env.getSource();
		PageRequest page = PageRequest.of(first, after, CreatorVideosDataLoader.KIND);
		DataLoader<CreatorPageKey, Connection<VideoEdge>> loader = env.getDataLoader(CreatorVideosDataLoader.NAME);
		return loader.load(new CreatorPageKey(creator.id(), page));
	}

	@DgsData(parentType = DgsConstants.USER.TYPE_NAME, field = DgsConstants.USER.UploadCount)
	CompletableFuture<Long> uploadCount(DataFetchingEnvironment env) {
		User creator = env.getSource();
		DataLoader<java.util.UUID, Long> loader = env.getDataLoader(UploadCountDataLoader.NAME);
		return loader.load(creator.id());
	}

}
