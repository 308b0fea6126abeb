package io.streamhub.videos.processing;

import java.util.List;
import java.util.UUID;

import io.streamhub.media.job.JobOutputs;
import io.streamhub.media.job.MediaEvents;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import io.streamhub.videos.video.MediaOutputs;
import io.streamhub.videos.video.RenditionKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract with the videos service, checked with ITS parser ({@code MediaEvent}, in
 * this package of the videos jar): every event the worker emits, after the JSON round
 * trip through the stream, is understood with nothing lost.
 */
class MediaWorkerContractTests {

	private final UUID videoId = UUID.randomUUID();

	@Test
	void completedEventBecomesTheVideosOutputs() {
		String prefix = "videos/" + this.videoId + "/";
		JobOutputs outputs = new JobOutputs(
				List.of(new JobOutputs.Rendition("720p", 1280, 720, 3_100_000, prefix + "hls/720p/index.m3u8"),
						new JobOutputs.Rendition("360p", 640, 360, 900_000, prefix + "hls/360p/index.m3u8")),
				8.02, 1280, 720, prefix + "hls/master.m3u8", prefix + "thumb.jpg");

		MediaEvent parsed = parse(MediaEvents.completed(this.videoId, outputs));

		assertThat(parsed).isEqualTo(new MediaEvent.Completed(this.videoId,
				new MediaOutputs(
						List.of(new RenditionKey("720p", 1280, 720, 3_100_000, prefix + "hls/720p/index.m3u8"),
								new RenditionKey("360p", 640, 360, 900_000, prefix + "hls/360p/index.m3u8")),
						8.02, 1280, 720, prefix + "hls/master.m3u8", prefix + "thumb.jpg")));
	}

	@Test
	void progressAndFailedEventsAreUnderstood() {
		assertThat(parse(MediaEvents.progress(this.videoId, 42))).isEqualTo(new MediaEvent.Progress(this.videoId, 42));
		assertThat(parse(MediaEvents.failed(this.videoId, "The file has no video stream", false)))
			.isEqualTo(new MediaEvent.Failed(this.videoId, "The file has no video stream"));
	}

	private static MediaEvent parse(EventEnvelope event) {
		return MediaEvent.of(EventJson.read(EventJson.write(event))).orElseThrow();
	}

}
