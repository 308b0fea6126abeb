package io.streamhub.videos.playback;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.videos.config.VideosProperties;
import io.streamhub.videos.storage.MediaStorage;
import io.streamhub.videos.storage.PresignedUpload;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class PlaybackUrlsTests {

	private final PlaybackSigner signer = new PlaybackSigner("s3cr3t".getBytes(StandardCharsets.UTF_8));

	private final UUID video = UUID.fromString("0b8f8e2c-6a0c-4f5e-9a43-2c6f0d1e7a10");

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);

	@Test
	void playlistsGoThroughTheConfiguredBaseUrlAndSegmentsToTheCdnWhenOneIsConfigured() {
		VideosProperties.Playback properties = new VideosProperties.Playback();
		properties.setBaseUrl("https://api.example/videos/");
		properties.setCdnBaseUrl("https://cdn.example");
		properties.setUrlTtl(Duration.ofMinutes(10));
		PlaybackUrls urls = new PlaybackUrls(this.signer, new PresigningStorage(), properties, this.clock);
		Instant expires = Instant.parse("2026-11-22T06:10:01Z");

		assertThat(urls.forKey(this.video, "videos/" + this.video + "/hls/master.m3u8"))
			.isEqualTo("https://api.example/videos/playback/" + this.video + "/hls/master.m3u8?expires="
					+ expires.getEpochSecond() + "&sig=" + this.signer.sign(this.video, "hls/master.m3u8", expires));
		String key = "videos/" + this.video + "/hls/v0/seg 1.ts";
		assertThat(urls.forPath(this.video, "hls/v0/seg 1.ts"))
			.isEqualTo("https://cdn.example/videos/" + this.video + "/hls/v0/seg%201.ts?expires="
					+ expires.getEpochSecond() + "&sig=" + this.signer.signKey(key, expires));
	}

	@Test
	void withoutACdnSegmentsArePresignedGets() {
		PlaybackUrls urls = new PlaybackUrls(this.signer, new PresigningStorage(), new VideosProperties.Playback(),
				this.clock);

		assertThat(urls.forPath(this.video, "hls/v0/seg_000.ts"))
			.isEqualTo("presigned:videos/" + this.video + "/hls/v0/seg_000.ts:PT1H");
		assertThat(urls.forKey(this.video, "elsewhere/thumb.jpg")).isEqualTo("presigned:elsewhere/thumb.jpg:PT1H");
	}

	/** Presigning is all these URLs need from the store. */
	private static final class PresigningStorage implements MediaStorage {

		@Override
		public String presignDownload(String key, Duration ttl) {
			return "presigned:" + key + ":" + ttl;
		}

		@Override
		public PresignedUpload presignUpload(String key, String contentType, long size, Duration ttl) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Mono<Optional<byte[]>> read(String key, long maxBytes) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Mono<Optional<Long>> size(String key) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Mono<Integer> deletePrefix(String prefix) {
			throw new UnsupportedOperationException();
		}

	}

}
