package io.streamhub.videos.creator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Viewer;
import io.streamhub.platform.paging.Connection;
import io.streamhub.platform.paging.Cursor;
import io.streamhub.videos.video.Video;
import io.streamhub.videos.video.VideoAccess;
import io.streamhub.videos.video.VideoEdge;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/**
 * {@code User.videos} for many users: one SQL statement per batch. Others see PUBLIC and
 * READY videos; the user themself and admins see all.
 */
@DgsDataLoader(name = CreatorVideosDataLoader.NAME)
class CreatorVideosDataLoader implements MappedBatchLoaderWithContext<CreatorPageKey, Connection<VideoEdge>> {

	static final String NAME = "creatorVideos";

	static final String KIND = "NEWEST";

	private final CreatorRepository repository;

	CreatorVideosDataLoader(CreatorRepository repository) {
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<CreatorPageKey, Connection<VideoEdge>>> load(Set<CreatorPageKey> keySet,
			BatchLoaderEnvironment environment) {
		Optional<AuthenticatedUser> viewer = Viewer.current(environment);
		List<CreatorPageKey> keys = new ArrayList<>(keySet);
		List<Boolean> seeAll = keys.stream().map((key) -> VideoAccess.isOwnerOrAdmin(viewer, key.creatorId())).toList();
		return this.repository.pages(keys, seeAll)
			.map((byIndex) -> IntStream.range(0, keys.size())
				.boxed()
				.collect(Collectors.toMap(keys::get,
						(index) -> connection(keys.get(index), byIndex.getOrDefault(index, List.of())))))
			.toFuture();
	}

	private static Connection<VideoEdge> connection(CreatorPageKey key, List<Video> rows) {
		List<VideoEdge> edges = rows.stream()
			.map((video) -> new VideoEdge(video, new Cursor(KIND, video.createdAt().toString(), video.id())))
			.toList();
		return Connection.of(edges, key.page().first(), VideoEdge::position);
	}

}
