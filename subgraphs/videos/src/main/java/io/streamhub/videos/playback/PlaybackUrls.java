package io.streamhub.videos.playback;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.streamhub.videos.config.VideosProperties;
import io.streamhub.videos.storage.MediaStorage;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriUtils;

/**
 * The URLs a player follows. Playlists (the master and each rendition's media playlist)
 * are served by this service's {@code /playback/} endpoint under a signed URL, rewritten
 * so that nested playlists are signed playback URLs again and segments (and any other
 * file) are presigned S3 GETs, or signed paths under
 * {@code videos.playback.cdn-base-url}. Every URL is valid for
 * {@code videos.playback.url-ttl} from the moment it is made.
 */
class PlaybackUrls implements ApplicationListener<WebServerInitializedEvent> {

	static final String PATH = "/playback/";

	private final PlaybackSigner signer;

	private final MediaStorage storage;

	private final VideosProperties.Playback properties;

	private final Clock clock;

	private volatile int port = 4002;

	PlaybackUrls(PlaybackSigner signer, MediaStorage storage, VideosProperties.Playback properties, Clock clock) {
		this.signer = signer;
		this.storage = storage;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		this.port = event.getWebServer().getPort();
	}

	/**
	 * The URL of a stored file of a video, for the GraphQL fields: a signed playback URL
	 * for a playlist, a presigned GET otherwise.
	 * @param videoId the video
	 * @param key the object key
	 * @return the URL
	 */
	String forKey(UUID videoId, String key) {
		String prefix = directory(videoId);
		if (!key.startsWith(prefix)) {
			return this.storage.presignDownload(key, ttl());
		}
		return forPath(videoId, key.substring(prefix.length()));
	}

	/**
	 * The URL of a path under a video's directory, as a rewritten playlist refers to it.
	 * @param videoId the video
	 * @param path e.g. {@code hls/v0/index.m3u8} or {@code hls/v0/seg_001.ts}
	 * @return a signed playback URL for a playlist, a segment URL otherwise
	 */
	String forPath(UUID videoId, String path) {
		if (isPlaylist(path)) {
			return playlistUrl(videoId, path, expiry());
		}
		return segmentUrl(directory(videoId) + path);
	}

	/**
	 * A signed playback URL.
	 * @param videoId the video
	 * @param path the playlist path under the video's directory
	 * @param expires until when it is valid
	 * @return the URL
	 */
	String playlistUrl(UUID videoId, String path, Instant expires) {
		return baseUrl() + PATH + videoId + "/" + UriUtils.encodePath(path, StandardCharsets.UTF_8) + "?expires="
				+ expires.getEpochSecond() + "&sig=" + this.signer.sign(videoId, path, expires);
	}

	/**
	 * The object key of a path under a video's directory.
	 * @param videoId the video
	 * @param path the path
	 * @return {@code videos/<id>/<path>}
	 */
	static String key(UUID videoId, String path) {
		return directory(videoId) + path;
	}

	static boolean isPlaylist(String path) {
		return path.toLowerCase(Locale.ROOT).endsWith(".m3u8");
	}

	private String segmentUrl(String key) {
		String cdn = this.properties.getCdnBaseUrl();
		if (!StringUtils.hasText(cdn)) {
			return this.storage.presignDownload(key, ttl());
		}
		Instant expires = expiry();
		return trimSlash(cdn) + "/" + UriUtils.encodePath(key, StandardCharsets.UTF_8) + "?expires="
				+ expires.getEpochSecond() + "&sig=" + this.signer.signKey(key, expires);
	}

	private static String directory(UUID videoId) {
		return "videos/" + videoId + "/";
	}

	private Instant expiry() {
		return this.clock.instant().plus(ttl()).plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
	}

	private Duration ttl() {
		return this.properties.getUrlTtl();
	}

	private String baseUrl() {
		@Nullable String configured = this.properties.getBaseUrl();
		return StringUtils.hasText(configured) ? trimSlash(configured) : "http://localhost:" + this.port;
	}

	private static String trimSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
