package io.streamhub.media.job;

import java.util.Map;
import java.util.UUID;

import io.streamhub.media.support.WorkerHarness;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranscodeJobTests {

	@Test
	void parsesTheJobTheVideosServiceQueues() {
		UUID videoId = UUID.randomUUID();
		EventEnvelope envelope = WorkerHarness.job(videoId, "media");
		assertThat(TranscodeJob.parse("1-0", Map.of("event", EventJson.write(envelope)))).hasValueSatisfying((job) -> {
			assertThat(job.videoId()).isEqualTo(videoId);
			assertThat(job.sourceKey()).isEqualTo("uploads/" + videoId + "/source");
			assertThat(job.bucket()).isEqualTo("media");
			assertThat(job.outputPrefix()).isEqualTo("videos/" + videoId + "/");
		});
	}

	@Test
	void rejectsEntriesThatAreNotJobs() {
		assertThat(TranscodeJob.parse("1-0", Map.of("event", "{not json"))).isEmpty();
		assertThat(TranscodeJob.parse("1-0", Map.of("other", "x"))).isEmpty();
		EventEnvelope noKey = EventEnvelope.of("transcode.requested",
				new EventEnvelope.Subject("Video", UUID.randomUUID()), null, Map.of());
		assertThat(TranscodeJob.parse("1-0", Map.of("event", EventJson.write(noKey)))).isEmpty();
	}

	@Test
	void eventsCarryTheFieldsTheVideosServiceReads() {
		UUID videoId = UUID.randomUUID();
		EventEnvelope failed = EventJson.read(EventJson.write(MediaEvents.failed(videoId, "bad", false)));
		assertThat(failed.type()).isEqualTo("media.failed");
		assertThat(failed.subject()).isEqualTo(new EventEnvelope.Subject("Video", videoId));
		assertThat(failed.data()).containsEntry("reason", "bad")
			.containsEntry("retryable", false)
			.containsEntry("videoId", videoId.toString());
		EventEnvelope progress = EventJson.read(EventJson.write(MediaEvents.progress(videoId, 42)));
		assertThat(progress.type()).isEqualTo("media.progress");
		assertThat(progress.data()).containsEntry("percent", 42);
	}

}
