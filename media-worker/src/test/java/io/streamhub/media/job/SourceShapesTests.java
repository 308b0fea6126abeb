package io.streamhub.media.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.media.support.Ffprobe;
import io.streamhub.media.support.MediaWorkerTest;
import io.streamhub.media.support.TestClips;
import io.streamhub.media.support.WorkerHarness;
import io.streamhub.platform.events.EventEnvelope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Portrait sources keep their orientation; sources without audio get video-only
 * renditions.
 */
@MediaWorkerTest
class SourceShapesTests {

	@Autowired
	WorkerHarness harness;

	@TempDir
	Path downloads;

	@Test
	void portraitSourceKeepsOrientationInEveryRung() throws Exception {
		UUID videoId = this.harness.upload(TestClips.portrait());
		this.harness.enqueue(videoId);

		Map<String, Object> data = awaitCompleted(videoId).data();
		assertThat(data).containsEntry("width", 720).containsEntry("height", 1280);
		List<Map<String, Object>> renditions = LadderOutputTests.renditions(data);
		assertThat(renditions)
			.extracting(
					(rendition) -> rendition.get("name") + " " + rendition.get("width") + "x" + rendition.get("height"))
			.containsExactly("720p 720x1280", "480p 480x854", "360p 360x640");
		this.harness.download("videos/" + videoId + "/", this.downloads);
		for (Map<String, Object> rendition : renditions) {
			JsonNode video = Ffprobe
				.stream(Ffprobe.probe(this.downloads.resolve("hls/" + rendition.get("name") + "/index.m3u8")), "video");
			assertThat(video.get("height").asInt()).isGreaterThan(video.get("width").asInt()).isLessThanOrEqualTo(1280);
		}
		JsonNode thumbnail = Ffprobe.stream(Ffprobe.probe(this.downloads.resolve("thumb.jpg")), "video");
		assertThat(thumbnail.get("width").asInt()).isEqualTo(360);
		assertThat(thumbnail.get("height").asInt()).isEqualTo(640);
	}

	@Test
	void sourceWithoutAudioGetsVideoOnlyRenditionsAndNoUpscaling() throws Exception {
		Path clip = TestClips.silent();
		UUID videoId = this.harness.upload(clip);
		this.harness.enqueue(videoId);

		Map<String, Object> data = awaitCompleted(videoId).data();
		assertThat(LadderOutputTests.renditions(data)).extracting((rendition) -> rendition.get("name"))
			.containsExactly("360p");
		this.harness.download("videos/" + videoId + "/", this.downloads);
		JsonNode probe = Ffprobe.probe(this.downloads.resolve("hls/360p/index.m3u8"));
		assertThat(Ffprobe.stream(probe, "audio")).isNull();
		assertThat(Ffprobe.stream(probe, "video").get("height").asInt()).isEqualTo(360);
		assertThat(Ffprobe.duration(probe)).isCloseTo(Ffprobe.duration(Ffprobe.probe(clip)), within(0.5));
		assertThat(Files.readString(this.downloads.resolve("hls/master.m3u8"))).contains("CODECS=\"avc1.")
			.doesNotContain("mp4a");
	}

	private EventEnvelope awaitCompleted(UUID videoId) {
		return await().atMost(Duration.ofSeconds(90))
			.until(() -> this.harness.events(videoId, MediaEvents.COMPLETED), (events) -> !events.isEmpty())
			.get(0);
	}

}
