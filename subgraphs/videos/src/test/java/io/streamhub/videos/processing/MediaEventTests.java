package io.streamhub.videos.processing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaEventTests {

	private final UUID video = UUID.randomUUID();

	@Test
	void completedEventsCarryTheLadderAndOutputs() {
		MediaEvent event = parse("media.completed",
				Map.of("renditions",
						List.of(Map.of("name", "720p", "width", 1280, "height", 720, "bandwidth", 2800000,
								"playlistKey", "videos/x/720p/index.m3u8")),
						"durationSeconds", 12, "width", 1280, "height", 720, "masterKey", "videos/x/master.m3u8",
						"thumbnailKey", "videos/x/thumbnail.jpg"));

		assertThat(event).isInstanceOfSatisfying(MediaEvent.Completed.class, (completed) -> {
			assertThat(completed.videoId()).isEqualTo(this.video);
			assertThat(completed.outputs().renditions()).singleElement()
				.satisfies((rendition) -> assertThat(rendition.bandwidth()).isEqualTo(2800000));
			assertThat(completed.outputs().durationSeconds()).isEqualTo(12.0);
		});
	}

	@Test
	void progressIsClampedAndFailuresKeepABoundedReason() {
		assertThat(parse("media.progress", Map.of("percent", 140))).isEqualTo(new MediaEvent.Progress(this.video, 100));
		assertThat(parse("media.failed", Map.of("reason", "x".repeat(900), "retryable", false)))
			.isInstanceOfSatisfying(MediaEvent.Failed.class, (failed) -> assertThat(failed.reason()).hasSize(500));
		assertThat(parse("media.failed", Map.of())).isEqualTo(new MediaEvent.Failed(this.video, "Processing failed"));
	}

	@Test
	void malformedAndForeignEventsAreNotMediaEvents() {
		assertThat(MediaEvent.of(envelope("media.completed", Map.of("renditions", List.of())))).isEmpty();
		assertThat(MediaEvent.of(envelope("media.completed", Map.of("renditions", "nope")))).isEmpty();
		assertThat(MediaEvent.of(envelope("media.progress", Map.of("percent", "half")))).isEmpty();
		assertThat(MediaEvent.of(envelope("video.ready", Map.of()))).isEmpty();
	}

	private MediaEvent parse(String type, Map<String, Object> data) {
		return MediaEvent.of(envelope(type, data)).orElseThrow();
	}

	private EventEnvelope envelope(String type, Map<String, Object> data) {
		return EventEnvelope.of(type, new EventEnvelope.Subject("Video", this.video), null, data);
	}

}
