package io.streamhub.media.job;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.lettuce.core.api.StatefulRedisConnection;

import org.springframework.context.SmartLifecycle;

/**
 * The workers of this instance ({@code concurrency} of them, named
 * {@code <consumer-name>-<n>}), started with the application and stopped gracefully
 * before Redis goes away.
 */
public final class JobWorkers implements SmartLifecycle {

	private final Supplier<StatefulRedisConnection<String, String>> connections;

	private final JobSettings settings;

	private final TranscodePipeline pipeline;

	private final WorkerMetrics metrics;

	private final Clock clock;

	private final List<JobWorker> workers = new ArrayList<>();

	public JobWorkers(Supplier<StatefulRedisConnection<String, String>> connections, JobSettings settings,
			TranscodePipeline pipeline, WorkerMetrics metrics, Clock clock) {
		this.connections = connections;
		this.settings = settings;
		this.pipeline = pipeline;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Override
	public synchronized void start() {
		for (int i = 1; i <= Math.max(1, this.settings.concurrency()); i++) {
			JobWorker worker = new JobWorker(this.settings.consumerName() + "-" + i, this.settings, this.pipeline,
					this.metrics, this.clock, this.connections.get(), this.connections.get());
			worker.start();
			this.workers.add(worker);
		}
	}

	@Override
	public synchronized void stop() {
		this.workers.parallelStream().forEach(JobWorker::stop);
		this.workers.clear();
	}

	@Override
	public synchronized boolean isRunning() {
		return !this.workers.isEmpty();
	}

	/**
	 * The consumer names of the running workers.
	 * @return names within the group
	 */
	public synchronized List<String> consumerNames() {
		return this.workers.stream().map(JobWorker::name).toList();
	}

}
