package io.streamhub.media.job;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.streamhub.media.support.MediaWorkerTest;
import io.streamhub.media.support.TestClips;
import io.streamhub.media.support.WorkerHarness;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A worker stopped in the middle of a transcode releases the job (ffmpeg stopped, nothing
 * reported, entry left pending); another worker reclaims it after the visibility timeout
 * and finishes it. Runs on its own stream so the application's worker stays out of it.
 */
@MediaWorkerTest
class ShutdownTests {

	private static final String STREAM = "jobs:transcode:shutdown-test";

	@Autowired
	WorkerHarness harness;

	@Autowired
	TranscodePipeline pipeline;

	@Autowired
	WorkerMetrics metrics;

	@Autowired
	LettuceConnectionFactory redis;

	@Test
	void workerStoppedMidJobReleasesItAndAnotherWorkerFinishesIt() throws Exception {
		UUID videoId = this.harness.upload(TestClips.landscape720());
		EventEnvelope job = WorkerHarness.job(videoId, WorkerHarness.BUCKET);
		JobWorkers first = workers("first");
		first.start();
		String entryId = this.harness.redis().xadd(STREAM, java.util.Map.of("event", EventJson.write(job)));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.harness.events(videoId, MediaEvents.PROGRESS), (events) -> !events.isEmpty());

		first.stop();

		assertThat(this.harness.events(videoId, MediaEvents.COMPLETED)).isEmpty();
		assertThat(this.harness.events(videoId, MediaEvents.FAILED)).isEmpty();
		assertThat(this.harness.redis().xpending(STREAM, "media-worker").getCount()).isEqualTo(1);
		List<String> history = this.harness.redis().lrange(STREAM + ":attempts:" + entryId, 0, -1);
		assertThat(history).singleElement().asString().contains("\"outcome\":\"released\"");
		assertThat(LadderOutputTests.workDirEntries()).isEmpty();

		JobWorkers second = workers("second");
		second.start();
		try {
			await().atMost(Duration.ofSeconds(90))
				.until(() -> this.harness.events(videoId, MediaEvents.COMPLETED), (events) -> !events.isEmpty());
			assertThat(this.harness.redis().xpending(STREAM, "media-worker").getCount()).isZero();
			assertThat(this.harness.redis().xrange(STREAM + ":dead", Range.create("-", "+"))).isEmpty();
		}
		finally {
			second.stop();
		}
	}

	private JobWorkers workers(String name) {
		JobSettings settings = new JobSettings(STREAM, "media-worker", WorkerHarness.EVENTS, name, 1,
				Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMillis(300), 3,
				new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)), Duration.ofMillis(200),
				Duration.ofMillis(500), Duration.ofMinutes(5));
		RedisClient client = (RedisClient) this.redis.getRequiredNativeClient();
		return new JobWorkers(client::connect, settings, this.pipeline, this.metrics, Clock.systemUTC());
	}

}
