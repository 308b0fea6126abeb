package io.streamhub.media.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.lettuce.core.Consumer;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.streamhub.media.support.MediaWorkerTest;
import io.streamhub.media.support.TestClips;
import io.streamhub.media.support.WorkerHarness;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A job whose worker died is reclaimed after the visibility timeout and finished; the
 * same job delivered again after success does nothing.
 */
@MediaWorkerTest
class ReclaimTests {

	@Autowired
	WorkerHarness harness;

	@Test
	void jobLeftPendingByDeadWorkerIsReclaimedAndCompletedOnce() {
		UUID videoId = this.harness.upload(TestClips.small());
		EventEnvelope job = WorkerHarness.job(videoId, WorkerHarness.BUCKET);
		String entryId = claimAsWorkerThatDies(job);
		assertThat(ownerOf(entryId)).isEqualTo("crashed-worker");

		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.harness.events(videoId, MediaEvents.COMPLETED), (events) -> !events.isEmpty());
		assertThat(this.harness.pending()).isZero();
		assertThat(this.harness.keys("videos/" + videoId + "/hls/")).contains("videos/" + videoId + "/hls/master.m3u8",
				"videos/" + videoId + "/hls/360p/index.m3u8");

		// the outbox relay may publish a job twice: the second copy is acknowledged
		// without work
		String again = this.harness.enqueue(job);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.harness.pending() == 0 && delivered(again));
		assertThat(this.harness.events(videoId, MediaEvents.COMPLETED)).hasSize(1);
	}

	/**
	 * Queue the job and read it as another consumer in one transaction (so the worker
	 * under test, blocked on XREADGROUP, cannot get it first), then never acknowledge it.
	 */
	private String claimAsWorkerThatDies(EventEnvelope job) {
		RedisCommands<String, String> redis = this.harness.redis();
		redis.multi();
		redis.xadd(WorkerHarness.JOBS, Map.of("event", EventJson.write(job)));
		redis.xreadgroup(Consumer.from("media-worker", "crashed-worker"), XReadArgs.Builder.count(1),
				XReadArgs.StreamOffset.lastConsumed(WorkerHarness.JOBS));
		TransactionResult result = redis.exec();
		return result.get(0);
	}

	private String ownerOf(String entryId) {
		return this.harness.redis()
			.xpending(WorkerHarness.JOBS, "media-worker", io.lettuce.core.Range.create(entryId, entryId),
					io.lettuce.core.Limit.from(1))
			.get(0)
			.getConsumer();
	}

	private boolean delivered(String entryId) {
		List<Object> groups = this.harness.redis().xinfoGroups(WorkerHarness.JOBS);
		return groups.toString().contains(entryId);
	}

}
