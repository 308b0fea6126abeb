package io.streamhub.media.job;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The worker's metrics: {@code media.jobs.done}, {@code media.jobs.failed},
 * {@code media.jobs.retried}, {@code media.jobs.skipped} (counters),
 * {@code media.jobs.queue.lag} (timer: from a job's enqueueing to its claim),
 * {@code media.jobs.active} (gauge), {@code media.transcode.time} (timer: one attempt's
 * download-to-upload wall time) and {@code media.transcode.speed} (media seconds per wall
 * second of an attempt).
 */
public final class WorkerMetrics {

	private final Counter done;

	private final Counter failed;

	private final Counter retried;

	private final Counter skipped;

	private final Timer queueLag;

	private final Timer transcodeTime;

	private final DistributionSummary speed;

	private final AtomicInteger active = new AtomicInteger();

	public WorkerMetrics(MeterRegistry registry) {
		this.done = Counter.builder("media.jobs.done").description("Jobs completed").register(registry);
		this.failed = Counter.builder("media.jobs.failed")
			.description("Jobs that failed for good (media.failed emitted)")
			.register(registry);
		this.retried = Counter.builder("media.jobs.retried").description("Attempts retried").register(registry);
		this.skipped = Counter.builder("media.jobs.skipped")
			.description("Jobs skipped because the video is gone")
			.register(registry);
		this.queueLag = Timer.builder("media.jobs.queue.lag")
			.description("Time from a job's enqueueing to its claim")
			.register(registry);
		this.transcodeTime = Timer.builder("media.transcode.time")
			.description("Wall time of one attempt, download to upload")
			.register(registry);
		this.speed = DistributionSummary.builder("media.transcode.speed")
			.description("Media seconds processed per wall-clock second")
			.register(registry);
		Gauge.builder("media.jobs.active", this.active, AtomicInteger::get)
			.description("Jobs being processed")
			.register(registry);
	}

	void done() {
		this.done.increment();
	}

	void failed() {
		this.failed.increment();
	}

	void retried() {
		this.retried.increment();
	}

	void skipped() {
		this.skipped.increment();
	}

	void queueLag(Duration lag) {
		this.queueLag.record(lag.isNegative() ? Duration.ZERO : lag);
	}

	void transcoded(Duration wall, double mediaSeconds) {
		this.transcodeTime.record(wall);
		if (!wall.isZero()) {
			this.speed.record(mediaSeconds / (wall.toNanos() / 1e9));
		}
	}

	void active(int delta) {
		this.active.addAndGet(delta);
	}

}
