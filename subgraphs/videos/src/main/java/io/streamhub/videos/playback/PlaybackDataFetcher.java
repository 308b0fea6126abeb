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
 * Playback URLs of READY videos: {@code streamUrl} and {@code renditions.playlistUrl} are
 * signed URLs of this service's playback endpoint ({@link PlaybackUrls}), the thumbnail a
 * presigned GET. Signing is local computation (no I/O), so these fields cost no statement
 * and no request. For PRIVATE videos only the owner and admins get URLs, whatever path
 * the video was reached by.
 */
@DgsComponent
class PlaybackDataFetcher {

	private final MediaStorage storage;

	private final VideosProperties properties;

	private final PlaybackUrls urls;

	PlaybackDataFetcher(MediaStorage storage, VideosProperties properties, PlaybackUrls urls) {
		this.storage = storage;
		this.properties = properties;
		this.urls = urls;
	}

	@DgsData(parentType = DgsConstants.VIDEO.TYPE_NAME, field = DgsConstants.VIDEO.StreamUrl)
	@Nullable String streamUrl(DataFetchingEnvironment env) {
		Video video = env.getSource();
		String master = video.masterKey();
		return (master != null && playable(video, env)) ? this.urls.forKey(video.id(), master) : null;
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
					this.urls.forKey(video.id(), key.playlistKey())))
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
