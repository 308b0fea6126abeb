package io.streamhub.router.server.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import io.streamhub.router.RouterEngine;
import io.streamhub.router.server.runtime.EngineReference;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The engine in service, rebuilt when the supergraph file changes (checked every poll
 * interval). The new engine is built and warmed beside the old one and swapped in with
 * one volatile write: requests already running finish on the engine they took. A file
 * that does not load is logged and the old engine keeps serving.
 */
final class ReloadingEngine implements EngineReference, AutoCloseable {

	private static final Log logger = LogFactory.getLog(ReloadingEngine.class);

	private final SupergraphFile file;

	private final Function<SupergraphFile, RouterEngine> factory;

	private final List<Consumer<RouterEngine>> warmers = new CopyOnWriteArrayList<>();

	private final Consumer<Boolean> reloads;

	private volatile RouterEngine current;

	private volatile @Nullable FileTime loadedModified;

	private final @Nullable ScheduledExecutorService poller;

	ReloadingEngine(SupergraphFile file, Function<SupergraphFile, RouterEngine> factory, Duration pollInterval,
			Consumer<Boolean> reloads) {
		this.file = file;
		this.reloads = reloads;
		this.factory = factory;
		this.loadedModified = modified();
		this.current = factory.apply(file);
		this.poller = pollInterval.isZero() ? null : startPolling(pollInterval);
	}

	private ScheduledExecutorService startPolling(Duration interval) {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "router-supergraph-reload");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::reloadIfChanged, interval.toMillis(), interval.toMillis(),
				TimeUnit.MILLISECONDS);
		return executor;
	}

	@Override
	public RouterEngine current() {
		return this.current;
	}

	@Override
	public void onEngine(Consumer<RouterEngine> warmer) {
		this.warmers.add(warmer);
		warmer.accept(this.current);
	}

	void reloadIfChanged() {
		FileTime modified = modified();
		if (modified == null || modified.equals(this.loadedModified)) {
			return;
		}
		try {
			RouterEngine next = this.factory.apply(this.file);
			this.warmers.forEach((warmer) -> warmer.accept(next));
			this.current = next;
			this.loadedModified = modified;
			this.reloads.accept(true);
			logger.info("Reloaded the supergraph " + this.file.path().toAbsolutePath());
		}
		catch (RuntimeException ex) {
			this.loadedModified = modified;
			this.reloads.accept(false);
			logger.error("Keeping the previous supergraph: " + this.file.path() + " does not load: " + ex.getMessage());
		}
	}

	private @Nullable FileTime modified() {
		try {
			return Files.getLastModifiedTime(this.file.path());
		}
		catch (IOException ex) {
			return null;
		}
	}

	@Override
	public void close() {
		if (this.poller != null) {
			this.poller.shutdownNow();
		}
	}

}
