package io.streamhub.videos.playback;

import java.util.List;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.platform.security.Viewer;
import io.streamhub.videos.config.VideosProperties;
import io.streamhub.videos.generated.DgsConstants;
import io.streamhub.videos.storage.MediaStorage;
import io.streamhub.videos.video.Video;
import io.streamhub.videos.video.VideoAccess;
import io.streamhub.videos.video.VideoStatus;
import io.streamhub.videos.video.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * Presigned playback URLs of READY videos. Signing is local computation (no I/O), so
 * these fields cost no statement and no request. For PRIVATE videos only the owner and
 * admins get URLs, whatever path the video was reached by.
 */
@DgsComponent
class PlaybackDataFetcher {

	private final MediaStorage storage;

	private final VideosProperties properties;

	PlaybackDataFetcher(MediaStorage storage, VideosProperties properties) {
		this.storage = storage;
		this.properties = properties;
	}

	@DgsData(parentType = DgsConstants.VIDEO.TYPE_NAME, field = DgsConstants.VIDEO.StreamUrl)
	@Nullable String streamUrl(DataFetchingEnvironment env) {
		Video video = env.getSource();
		return playable(video, env) ? sign(video.masterKey()) : null;
	}

	@DgsData(parentType = DgsConstants.VIDEO.TYPE_NAME, field = DgsConstants.VIDEO.ThumbnailUrl)
	@Nullable String thumbnailUrl(DataFetchingEnvironment env) {
		Video video = env.getSource();
		return playable(video, env) ? sign(video.thumbnailKey()) : null;
	}

	@DgsData(parentType = DgsConstants.VIDEO.TYPE_NAME, field = DgsConstants.VIDEO.Renditions)
	List<Rendition> renditions(DataFetchingEnvironment env) {
		Video video = env.getSource();
		if (!playable(video, env)) {
			return List.of();
		}
		return video.renditionKeys()
			.stream()
			.map((key) -> new Rendition(key.name(), key.width(), key.height(), key.bandwidth(),
					this.storage.presignDownload(key.playlistKey(), this.properties.getPlayback().getUrlTtl())))
			.toList();
	}

	private static boolean playable(Video video, DataFetchingEnvironment env) {
		if (video.status() != VideoStatus.READY) {
			return false;
		}
		return video.visibility() != Visibility.PRIVATE
				|| VideoAccess.isOwnerOrAdmin(Viewer.current(env), video.ownerId());
	}

	private @Nullable String sign(@Nullable String key) {
		return (key != null) ? this.storage.presignDownload(key, this.properties.getPlayback().getUrlTtl()) : null;
	}

}
