package io.streamhub.videos.playback;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.videos.config.VideosProperties;
import io.streamhub.videos.storage.MediaStorage;
import io.streamhub.videos.video.VideoRepository;
import io.streamhub.videos.video.VideoStatus;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /playback/{videoId}/{path}?expires=&sig=}: HLS playback from the private
 * bucket. The signature (see {@link PlaybackSigner}) is the authorization: it was only
 * handed to viewers who may play the video. A playlist is read from the store and served
 * with its URIs rewritten ({@link PlaylistRewriter}); any other path redirects to its
 * segment URL. Bad or expired signatures get 403, unknown, deleted or unready videos and
 * missing files 404.
 */
@RestController
class PlaybackController {

	static final MediaType MPEGURL = MediaType.parseMediaType("application/vnd.apple.mpegurl");

	private final PlaybackSigner signer;

	private final PlaybackUrls urls;

	private final MediaStorage storage;

	private final VideoRepository videos;

	private final VideosProperties properties;

	private final Clock clock;

	PlaybackController(PlaybackSigner signer, PlaybackUrls urls, MediaStorage storage, VideoRepository videos,
			VideosProperties properties, Clock clock) {
		this.signer = signer;
		this.urls = urls;
		this.storage = storage;
		this.videos = videos;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping(PlaybackUrls.PATH + "{videoId}/{*path}")
	Mono<ResponseEntity<String>> play(@PathVariable String videoId, @PathVariable String path,
			@RequestParam(required = false) @Nullable String expires,
			@RequestParam(required = false) @Nullable String sig) {
		Optional<UUID> id = uuid(videoId);
		String file = path.startsWith("/") ? path.substring(1) : path;
		if (id.isEmpty() || !valid(id.get(), file, expires, sig)) {
			return Mono.just(status(HttpStatus.FORBIDDEN));
		}
		return this.videos.findById(id.get())
			.filter((video) -> video.status() == VideoStatus.READY)
			.flatMap((video) -> serve(id.get(), file))
			.defaultIfEmpty(status(HttpStatus.NOT_FOUND));
	}

	private boolean valid(UUID videoId, String path, @Nullable String expires, @Nullable String sig) {
		if (expires == null || sig == null || !expires.matches("[0-9]{1,18}")) {
			return false;
		}
		return this.signer.verify(videoId, path, Long.parseLong(expires), sig, this.clock.instant());
	}

	private Mono<ResponseEntity<String>> serve(UUID videoId, String path) {
		if (!PlaybackUrls.isPlaylist(path)) {
			return Mono.just(ResponseEntity.status(HttpStatus.FOUND)
				.location(URI.create(this.urls.forPath(videoId, path)))
				.cacheControl(CacheControl.noStore())
				.build());
		}
		long max = this.properties.getPlayback().getMaxPlaylistSize().toBytes();
		return this.storage.read(PlaybackUrls.key(videoId, path), max)
			.map((content) -> content.map((bytes) -> playlist(videoId, path, bytes))
				.orElseGet(() -> status(HttpStatus.NOT_FOUND)));
	}

	private ResponseEntity<String> playlist(UUID videoId, String path, byte[] bytes) {
		String rewritten = PlaylistRewriter.rewrite(new String(bytes, StandardCharsets.UTF_8), path,
				(target) -> this.urls.forPath(videoId, target));
		return ResponseEntity.ok()
			.contentType(MPEGURL)
			.cacheControl(CacheControl.noStore())
			.header("Access-Control-Allow-Origin", "*")
			.body(rewritten);
	}

	private static ResponseEntity<String> status(HttpStatus status) {
		return ResponseEntity.status(status).header("Access-Control-Allow-Origin", "*").build();
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
