package io.streamhub.media.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

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
 * A real 720p source with a tone becomes a 720p/480p/360p HLS ladder, checked by Debian's
 * ffprobe (an independent build), and the videos service is told so.
 */
@MediaWorkerTest
class LadderOutputTests {

	@Autowired
	WorkerHarness harness;

	@TempDir
	Path downloads;

	@Test
	void landscapeSourceBecomesLadderWithMasterPlaylistThumbnailAndCompletedEvent() throws IOException {
		Path clip = TestClips.landscape720();
		double sourceDuration = Ffprobe.duration(Ffprobe.probe(clip));
		UUID videoId = this.harness.upload(clip);
		this.harness.enqueue(videoId);

		EventEnvelope completed = awaitCompleted(videoId);
		Map<String, Object> data = completed.data();
		String prefix = "videos/" + videoId + "/";
		assertThat(data).containsEntry("masterKey", prefix + "hls/master.m3u8")
			.containsEntry("thumbnailKey", prefix + "thumb.jpg")
			.containsEntry("width", 1280)
			.containsEntry("height", 720)
			.containsEntry("videoId", videoId.toString());
		assertThat(((Number) data.get("durationSeconds")).doubleValue()).isCloseTo(sourceDuration, within(0.5));
		List<Map<String, Object>> renditions = renditions(data);
		assertThat(renditions).extracting((rendition) -> rendition.get("name")).containsExactly("720p", "480p", "360p");
		assertThat(renditions).extracting((rendition) -> rendition.get("playlistKey"))
			.containsExactly(prefix + "hls/720p/index.m3u8", prefix + "hls/480p/index.m3u8",
					prefix + "hls/360p/index.m3u8");
		assertThat(this.harness.events(videoId, MediaEvents.PROGRESS)).isNotEmpty()
			.allSatisfy(
					(progress) -> assertThat(((Number) progress.data().get("percent")).intValue()).isBetween(0, 100));

		assertThat(this.harness.head(prefix + "hls/master.m3u8").contentType())
			.isEqualTo("application/vnd.apple.mpegurl");
		assertThat(this.harness.head(prefix + "hls/720p/segment_000.ts").contentType()).isEqualTo("video/mp2t");
		assertThat(this.harness.head(prefix + "thumb.jpg").contentType()).isEqualTo("image/jpeg");

		this.harness.download(prefix, this.downloads);
		String master = Files.readString(this.downloads.resolve("hls/master.m3u8"));
		assertThat(master).contains("720p/index.m3u8", "480p/index.m3u8", "360p/index.m3u8")
			.doesNotContain("http", "/videos/")
			.contains("RESOLUTION=1280x720", "RESOLUTION=854x480", "RESOLUTION=640x360");
		assertThat(master.lines().filter((line) -> line.startsWith("#EXT-X-STREAM-INF:"))).hasSize(3)
			.allSatisfy((line) -> assertThat(line).contains("BANDWIDTH=", "AVERAGE-BANDWIDTH=", "CODECS=\"avc1.64",
					"mp4a.40.2"));

		JsonNode masterProbe = Ffprobe.probe(this.downloads.resolve("hls/master.m3u8"));
		assertThat(Ffprobe.duration(masterProbe)).isCloseTo(sourceDuration, within(0.5));
		for (Map<String, Object> rendition : renditions) {
			assertRendition(rendition, sourceDuration, 720);
		}

		JsonNode thumbnail = Ffprobe.stream(Ffprobe.probe(this.downloads.resolve("thumb.jpg")), "video");
		assertThat(thumbnail.get("codec_name").asString()).isEqualTo("mjpeg");
		assertThat(thumbnail.get("width").asInt()).isEqualTo(640);
		assertThat(thumbnail.get("height").asInt()).isEqualTo(360);
		assertThat(workDirEntries()).isEmpty();
	}

	private void assertRendition(Map<String, Object> rendition, double sourceDuration, int sourceHeight)
			throws IOException {
		String name = (String) rendition.get("name");
		Path playlist = this.downloads.resolve("hls/" + name + "/index.m3u8");
		JsonNode probe = Ffprobe.probe(playlist);
		assertThat(Ffprobe.duration(probe)).as(name).isCloseTo(sourceDuration, within(0.5));
		JsonNode video = Ffprobe.stream(probe, "video");
		assertThat(video.get("codec_name").asString()).isEqualTo("h264");
		assertThat(video.get("profile").asString()).isEqualTo("High");
		assertThat(video.get("height").asInt()).isEqualTo(rendition.get("height")).isLessThanOrEqualTo(sourceHeight);
		assertThat(video.get("width").asInt()).isEqualTo(rendition.get("width"));
		assertThat(Ffprobe.stream(probe, "audio").get("codec_name").asString()).isEqualTo("aac");
		List<Double> segments = Files.readAllLines(playlist)
			.stream()
			.filter((line) -> line.startsWith("#EXTINF:"))
			.map((line) -> Double.parseDouble(line.substring(8, line.indexOf(','))))
			.toList();
		assertThat(segments).hasSizeGreaterThan(1);
		assertThat(segments.subList(0, segments.size() - 1))
			.allSatisfy((seconds) -> assertThat(seconds).as(name + " segment duration").isCloseTo(6.0, within(0.5)));
		assertThat(segments.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(sourceDuration, within(0.5));
	}

	private EventEnvelope awaitCompleted(UUID videoId) {
		return await().atMost(Duration.ofSeconds(90))
			.until(() -> this.harness.events(videoId, MediaEvents.COMPLETED), (events) -> !events.isEmpty())
			.get(0);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> renditions(Map<String, Object> data) {
		return (List<Map<String, Object>>) data.get("renditions");
	}

	static List<Path> workDirEntries() throws IOException {
		Path workDir = Path.of("target/media-work");
		if (!Files.exists(workDir)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(workDir)) {
			return entries.toList();
		}
	}

}
