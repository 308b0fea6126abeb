package io.streamhub.media.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.micrometer.core.instrument.MeterRegistry;
import io.streamhub.media.support.MediaWorkerTest;
import io.streamhub.media.support.TestClips;
import io.streamhub.media.support.WorkerHarness;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad inputs fail at once with a reason; transient failures are retried with backoff and
 * end in the dead-letter stream with their history; a job whose video is gone is skipped.
 */
@MediaWorkerTest
class FailureTests {

	private static final String DEAD = WorkerHarness.JOBS + ":dead";

	@Autowired
	WorkerHarness harness;

	@Autowired
	MeterRegistry meters;

	@Test
	void textFileNamedMp4FailsWithReasonAndNoRetry() {
		double retried = count("media.jobs.retried");
		UUID videoId = this.harness.upload(TestClips.textNamedMp4());
		this.harness.enqueue(videoId);

		EventEnvelope failed = awaitFailed(videoId);
		assertThat(failed.data()).containsEntry("retryable", false);
		assertThat((String) failed.data().get("reason")).startsWith("The file is not a decodable video");
		assertNotRetried(videoId, retried);
	}

	@Test
	void truncatedUploadFailsWithReasonAndNoRetry() {
		double retried = count("media.jobs.retried");
		UUID videoId = this.harness.upload(TestClips.truncated());
		this.harness.enqueue(videoId);

		EventEnvelope failed = awaitFailed(videoId);
		assertThat(failed.data()).containsEntry("retryable", false);
		assertThat((String) failed.data().get("reason")).isNotBlank().doesNotContain("Exception", "\tat ");
		assertNotRetried(videoId, retried);
	}

	@Test
	void storeErrorsAreRetriedThenDeadLetteredWithHistory() {
		double retried = count("media.jobs.retried");
		UUID videoId = UUID.randomUUID();
		String entryId = this.harness.enqueue(WorkerHarness.job(videoId, "bucket-that-does-not-exist"));

		EventEnvelope failed = awaitFailed(videoId);
		assertThat(failed.data()).containsEntry("retryable", true);
		assertThat((String) failed.data().get("reason")).startsWith("Gave up after 3 attempts: Cannot download");
		Map<String, String> dead = deadLetter(entryId);
		assertThat(EventJson.read(dead.get("event")).data()).containsEntry("videoId", videoId.toString());
		JsonNode attempts = JsonMapper.builder().build().readTree(dead.get("attempts"));
		assertThat(attempts).hasSize(3);
		for (int i = 0; i < 3; i++) {
			assertThat(attempts.get(i).get("attempt").asInt()).isEqualTo(i + 1);
			assertThat(attempts.get(i).get("outcome").asString()).isEqualTo("failed");
			assertThat(attempts.get(i).get("reason").asString()).startsWith("Cannot download the source");
		}
		assertThat(count("media.jobs.retried") - retried).isEqualTo(2);
		assertThat(this.harness.pending()).isZero();
		assertThat(this.harness.events(videoId, MediaEvents.FAILED)).hasSize(1);
	}

	@Test
	void jobForUnknownVideoIsAcknowledgedAndSkipped() {
		double skipped = count("media.jobs.skipped");
		UUID videoId = UUID.randomUUID();
		String entryId = this.harness.enqueue(WorkerHarness.job(videoId, WorkerHarness.BUCKET));

		await().atMost(Duration.ofSeconds(30)).until(() -> count("media.jobs.skipped") > skipped);
		assertThat(this.harness.redis().xpending(WorkerHarness.JOBS, "media-worker").getCount()).isZero();
		assertThat(this.harness.events(videoId)).isEmpty();
		assertThat(deadEntries(entryId)).isEmpty();
	}

	private void assertNotRetried(UUID videoId, double retriedBefore) {
		assertThat(this.harness.events(videoId, MediaEvents.FAILED)).hasSize(1);
		assertThat(this.harness.events(videoId, MediaEvents.COMPLETED)).isEmpty();
		assertThat(count("media.jobs.retried")).isEqualTo(retriedBefore);
		assertThat(this.harness.redis().xrange(DEAD, Range.create("-", "+")))
			.noneMatch((entry) -> entry.getBody().get("event").contains(videoId.toString()));
		assertThat(this.harness.keys("videos/" + videoId + "/")).isEmpty();
	}

	private EventEnvelope awaitFailed(UUID videoId) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> this.harness.events(videoId, MediaEvents.FAILED), (events) -> !events.isEmpty())
			.get(0);
	}

	private Map<String, String> deadLetter(String entryId) {
		List<StreamMessage<String, String>> entries = deadEntries(entryId);
		assertThat(entries).hasSize(1);
		return entries.get(0).getBody();
	}

	private List<StreamMessage<String, String>> deadEntries(String entryId) {
		return this.harness.redis()
			.xrange(DEAD, Range.create("-", "+"))
			.stream()
			.filter((entry) -> entryId.equals(entry.getBody().get("sourceId")))
			.toList();
	}

	private double count(String counter) {
		return this.meters.get(counter).counter().count();
	}

}
