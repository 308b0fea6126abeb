package io.streamhub.media.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.SetArgs;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.streamhub.media.failure.JobFailedException;
import io.streamhub.media.failure.SourceMissingException;
import io.streamhub.media.transcode.Cancellation;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One member of the {@code media-worker} group, on its own thread with its own Redis
 * connections (platform's {@code StreamConsumer} does not fit: a job runs for minutes, so
 * its pending entry needs heartbeats, retries need backoff and a history, and giving up
 * must also emit {@code media.failed}).
 * <p>
 * Loop: every claim interval XAUTOCLAIM a job idle longer than the visibility timeout
 * (its worker died); otherwise XREADGROUP one new job. While a job runs, a heartbeat
 * (XCLAIM JUSTID on a second connection) keeps its entry's idle time low so nobody
 * reclaims it. Attempts run in-process with exponential backoff; the entry stays pending
 * the whole time, so a crash at any point leaves it for another worker. Success, final
 * failure and giving up are each ONE Redis transaction (event + acknowledgement + marks),
 * so {@code media.completed} is emitted once per success even if the worker dies right
 * after.
 */
final class JobWorker {

	private static final Logger logger = LoggerFactory.getLogger(JobWorker.class);

	private final String name;

	private final JobSettings settings;

	private final TranscodePipeline pipeline;

	private final WorkerMetrics metrics;

	private final Clock clock;

	private final StatefulRedisConnection<String, String> connection;

	private final StatefulRedisConnection<String, String> heartbeatConnection;

	private final AttemptHistory history;

	private final ScheduledExecutorService heartbeats;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private final Thread thread;

	private volatile boolean running = true;

	private volatile Cancellation current = new Cancellation();

	private Instant nextClaim = Instant.EPOCH;

	JobWorker(String name, JobSettings settings, TranscodePipeline pipeline, WorkerMetrics metrics, Clock clock,
			StatefulRedisConnection<String, String> connection,
			StatefulRedisConnection<String, String> heartbeatConnection) {
		this.name = name;
		this.settings = settings;
		this.pipeline = pipeline;
		this.metrics = metrics;
		this.clock = clock;
		this.connection = connection;
		this.heartbeatConnection = heartbeatConnection;
		this.history = new AttemptHistory(settings.stream(), clock);
		this.heartbeats = Executors.newSingleThreadScheduledExecutor((task) -> daemon(task, name + "-heartbeat"));
		this.thread = daemon(this::run, name);
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	String name() {
		return this.name;
	}

	void start() {
		createGroup(this.connection.sync());
		this.thread.start();
	}

	private void createGroup(RedisCommands<String, String> redis) {
		try {
			redis.xgroupCreate(XReadArgs.StreamOffset.from(this.settings.stream(), "0"), this.settings.group(),
					XGroupCreateArgs.Builder.mkstream());
		}
		catch (RedisBusyException ex) {
			// BUSYGROUP: the group exists already
		}
	}

	private void run() {
		RedisCommands<String, String> redis = this.connection.sync();
		while (this.running) {
			try {
				pollOnce(redis);
			}
			catch (RuntimeException ex) {
				pauseAfter(ex);
			}
		}
	}

	private void pollOnce(RedisCommands<String, String> redis) {
		if (!this.clock.instant().isBefore(this.nextClaim)) {
			this.nextClaim = this.clock.instant().plus(this.settings.claimInterval());
			List<StreamMessage<String, String>> claimed = redis
				.xautoclaim(this.settings.stream(),
						XAutoClaimArgs.Builder
							.xautoclaim(Consumer.from(this.settings.group(), this.name),
									this.settings.visibilityTimeout(), "0-0")
							.count(1))
				.getMessages();
			for (StreamMessage<String, String> message : claimed) {
				logger.info("Reclaimed job {} (its worker stopped answering)", message.getId());
				handle(redis, message);
			}
			if (!claimed.isEmpty()) {
				return;
			}
		}
		List<StreamMessage<String, String>> messages = redis.xreadgroup(Consumer.from(this.settings.group(), this.name),
				XReadArgs.Builder.block(this.settings.block()).count(1),
				XReadArgs.StreamOffset.lastConsumed(this.settings.stream()));
		for (StreamMessage<String, String> message : messages) {
			handle(redis, message);
		}
	}

	private void handle(RedisCommands<String, String> redis, StreamMessage<String, String> message) {
		if (message.getBody() == null) {
			// deleted from the stream while pending
			redis.xack(this.settings.stream(), this.settings.group(), message.getId());
			return;
		}
		Optional<TranscodeJob> job = TranscodeJob.parse(message.getId(), message.getBody());
		if (job.isEmpty()) {
			deadLetterInvalid(redis, message);
			return;
		}
		this.metrics.queueLag(Duration.between(enqueuedAt(message.getId()), this.clock.instant()));
		if (redis.exists(doneKey(job.get())) > 0) {
			logger.info("Job {} for video {} was completed already; acknowledged", message.getId(),
					job.get().videoId());
			redis.xack(this.settings.stream(), this.settings.group(), message.getId());
			return;
		}
		var heartbeat = this.heartbeats.scheduleAtFixedRate(() -> heartbeat(message.getId()),
				this.settings.heartbeatInterval().toMillis(), this.settings.heartbeatInterval().toMillis(),
				TimeUnit.MILLISECONDS);
		this.metrics.active(1);
		try {
			process(redis, job.get());
		}
		finally {
			this.metrics.active(-1);
			heartbeat.cancel(false);
		}
	}

	private void process(RedisCommands<String, String> redis, TranscodeJob job) {
		while (true) {
			AttemptHistory.Started attempt = this.history.start(redis, job.entryId(), this.name);
			if (attempt.attempt() > this.settings.maxAttempts()) {
				this.history.end(redis, job.entryId(), attempt, AttemptHistory.FAILED,
						"not started: too many attempts");
				giveUp(redis, job, "No attempt finished (the worker stopped each time)");
				return;
			}
			JobFailedException failure = attempt(redis, job);
			if (failure == null || !retryAfter(redis, job, attempt, failure)) {
				return;
			}
		}
	}

	/**
	 * Run one attempt and settle success or a skip.
	 * @return the failure, or {@code null} when the job is settled
	 */
	private @Nullable JobFailedException attempt(RedisCommands<String, String> redis, TranscodeJob job) {
		this.current = new Cancellation();
		ProgressThrottle throttle = new ProgressThrottle(this.clock, this.settings.progressInterval());
		Instant started = this.clock.instant();
		try {
			JobOutputs outputs = this.pipeline.run(job, (percent) -> {
				if (throttle.allow(percent)) {
					publishProgress(redis, job, percent);
				}
			}, this.current);
			this.metrics.transcoded(Duration.between(started, this.clock.instant()), outputs.durationSeconds());
			complete(redis, job, outputs);
			return null;
		}
		catch (SourceMissingException ex) {
			logger.info("Skipping job {} for video {}: {} (video deleted or unknown)", job.entryId(), job.videoId(),
					ex.getMessage());
			settle(redis, job, null, null);
			this.metrics.skipped();
			return null;
		}
		catch (JobFailedException ex) {
			return ex;
		}
		catch (RuntimeException ex) {
			return JobFailedException.retryable("Unexpected error: " + ex.getClass().getSimpleName(), ex);
		}
	}

	/**
	 * Record a failed attempt; settle the job when it is final.
	 * @return {@code true} to attempt again
	 */
	private boolean retryAfter(RedisCommands<String, String> redis, TranscodeJob job, AttemptHistory.Started attempt,
			JobFailedException failure) {
		if (!this.running) {
			this.history.end(redis, job.entryId(), attempt, AttemptHistory.RELEASED, "worker shutting down");
			logger.info("Released job {} for video {} (shutting down); another worker will take it", job.entryId(),
					job.videoId());
			return false;
		}
		this.history.end(redis, job.entryId(), attempt, AttemptHistory.FAILED, failure.getMessage());
		if (!failure.retryable()) {
			logger.warn("Job {} for video {} failed: {}", job.entryId(), job.videoId(), failure.getMessage());
			settle(redis, job, MediaEvents.failed(job.videoId(), failure.getMessage(), false), null);
			this.metrics.failed();
			return false;
		}
		if (attempt.attempt() >= this.settings.maxAttempts()) {
			giveUp(redis, job, failure.getMessage());
			return false;
		}
		Duration wait = this.settings.backoff().after(attempt.attempt());
		logger.warn("Attempt {} of job {} for video {} failed ({}); retrying in {}", attempt.attempt(), job.entryId(),
				job.videoId(), failure.getMessage(), wait, failure.getCause());
		this.metrics.retried();
		return !awaitStop(wait);
	}

	private void giveUp(RedisCommands<String, String> redis, TranscodeJob job, String reason) {
		String why = "Gave up after " + this.settings.maxAttempts() + " attempts: " + reason;
		logger.error("Job {} for video {}: {}; moved to {}", job.entryId(), job.videoId(), why,
				this.settings.deadStream());
		Map<String, String> dead = new LinkedHashMap<>();
		dead.put(TranscodeJob.EVENT_FIELD, EventJson.write(job.event()));
		dead.put("sourceId", job.entryId());
		dead.put("group", this.settings.group());
		dead.put("reason", why);
		dead.put("attempts", this.history.json(redis, job.entryId()));
		settle(redis, job, MediaEvents.failed(job.videoId(), why, true), dead);
		this.metrics.failed();
	}

	private void complete(RedisCommands<String, String> redis, TranscodeJob job, JobOutputs outputs) {
		redis.multi();
		redis.xadd(this.settings.eventsStream(), eventBody(MediaEvents.completed(job.videoId(), outputs)));
		redis.set(doneKey(job), job.entryId(), SetArgs.Builder.ex(this.settings.completedMarkTtl()));
		redis.xack(this.settings.stream(), this.settings.group(), job.entryId());
		redis.del(this.history.key(job.entryId()));
		redis.exec();
		this.metrics.done();
		logger.info("Job {} for video {} completed: {} renditions", job.entryId(), job.videoId(),
				outputs.renditions().size());
	}

	/**
	 * Acknowledge a job for good, with its event and dead letter (if any), atomically.
	 */
	private void settle(RedisCommands<String, String> redis, TranscodeJob job, @Nullable EventEnvelope event,
			@Nullable Map<String, String> deadLetter) {
		redis.multi();
		if (event != null) {
			redis.xadd(this.settings.eventsStream(), eventBody(event));
		}
		if (deadLetter != null) {
			redis.xadd(this.settings.deadStream(), deadLetter);
		}
		redis.xack(this.settings.stream(), this.settings.group(), job.entryId());
		redis.del(this.history.key(job.entryId()));
		redis.exec();
	}

	private void deadLetterInvalid(RedisCommands<String, String> redis, StreamMessage<String, String> message) {
		logger.error("Entry {} of {} is not a transcode job; moved to {}", message.getId(), this.settings.stream(),
				this.settings.deadStream());
		Map<String, String> dead = new LinkedHashMap<>(message.getBody());
		dead.put("sourceId", message.getId());
		dead.put("group", this.settings.group());
		dead.put("reason", "Not a valid transcode job");
		dead.put("attempts", "[]");
		redis.multi();
		redis.xadd(this.settings.deadStream(), dead);
		redis.xack(this.settings.stream(), this.settings.group(), message.getId());
		redis.exec();
	}

	private void publishProgress(RedisCommands<String, String> redis, TranscodeJob job, int percent) {
		try {
			redis.xadd(this.settings.eventsStream(), eventBody(MediaEvents.progress(job.videoId(), percent)));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not publish progress of video {}", job.videoId(), ex);
		}
	}

	private void heartbeat(String entryId) {
		try {
			this.heartbeatConnection.sync()
				.xclaim(this.settings.stream(), Consumer.from(this.settings.group(), this.name),
						XClaimArgs.Builder.justid(), entryId);
		}
		catch (RuntimeException ex) {
			logger.warn("Heartbeat of job {} failed", entryId, ex);
		}
	}

	private String doneKey(TranscodeJob job) {
		return this.settings.stream() + ":completed:" + job.event().id();
	}

	private static Map<String, String> eventBody(EventEnvelope event) {
		return Map.of(TranscodeJob.EVENT_FIELD, EventJson.write(event));
	}

	private static Instant enqueuedAt(String entryId) {
		return Instant.ofEpochMilli(Long.parseLong(entryId.substring(0, entryId.indexOf('-'))));
	}

	private boolean awaitStop(Duration wait) {
		try {
			return this.stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

	private void pauseAfter(RuntimeException ex) {
		if (!this.running) {
			return;
		}
		logger.warn("Worker {} failed, retrying", this.name, ex);
		awaitStop(this.settings.block());
	}

	/**
	 * Stop claiming; let the current job finish within the shutdown timeout, then stop
	 * its ffmpeg and leave it pending for another worker.
	 */
	void stop() {
		this.running = false;
		this.stopped.countDown();
		join(this.settings.shutdownTimeout());
		if (this.thread.isAlive()) {
			logger.warn("Worker {} did not finish its job within {}; releasing it", this.name,
					this.settings.shutdownTimeout());
			this.current.cancel();
			join(Duration.ofSeconds(10));
		}
		this.heartbeats.shutdownNow();
		this.connection.close();
		this.heartbeatConnection.close();
	}

	private void join(Duration timeout) {
		try {
			this.thread.join(Math.max(1, timeout.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
