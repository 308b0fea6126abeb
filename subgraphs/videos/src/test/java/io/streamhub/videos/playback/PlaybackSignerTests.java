package io.streamhub.videos.playback;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaybackSignerTests {

	private final PlaybackSigner signer = new PlaybackSigner("s3cr3t".getBytes(StandardCharsets.UTF_8));

	private final UUID video = UUID.fromString("0b8f8e2c-6a0c-4f5e-9a43-2c6f0d1e7a10");

	private final Instant now = Instant.parse("2026-11-22T06:00:00Z");

	@Test
	void aSignatureIsValidForItsVideoPathAndExpiryOnlyUntilItExpires() {
		Instant expires = this.now.plusSeconds(60);
		String sig = this.signer.sign(this.video, "hls/master.m3u8", expires);

		assertThat(this.signer.verify(this.video, "hls/master.m3u8", expires.getEpochSecond(), sig, this.now)).isTrue();
		assertThat(this.signer.verify(this.video, "hls/v0/index.m3u8", expires.getEpochSecond(), sig, this.now))
			.isFalse();
		assertThat(this.signer.verify(UUID.randomUUID(), "hls/master.m3u8", expires.getEpochSecond(), sig, this.now))
			.isFalse();
		assertThat(this.signer.verify(this.video, "hls/master.m3u8", expires.getEpochSecond() + 1, sig, this.now))
			.isFalse();
		assertThat(this.signer.verify(this.video, "hls/master.m3u8", expires.getEpochSecond(), sig,
				expires.plusSeconds(1)))
			.isFalse();
		assertThat(new PlaybackSigner("other".getBytes(StandardCharsets.UTF_8)).verify(this.video, "hls/master.m3u8",
				expires.getEpochSecond(), sig, this.now))
			.isFalse();
	}

}
