package io.streamhub.router.server.persisted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.streamhub.router.GraphQlRequestException;
import io.streamhub.router.RouterEngine;
import io.streamhub.router.server.runtime.EngineReference;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The manifest in service. The file is checked every poll interval; a changed file that
 * parses replaces the manifest atomically (a broken one is logged and the previous one
 * stays). Plans of the persisted operations are made before a manifest goes into service
 * and on every new engine, so a partner's first request finds its plan cached.
 */
public final class ManifestStore implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(ManifestStore.class);

	private final @Nullable Path file;

	private volatile @Nullable EngineReference engines;

	private volatile PersistedQueryManifest manifest = PersistedQueryManifest.EMPTY;

	private volatile @Nullable FileTime loadedModified;

	private final @Nullable ScheduledExecutorService poller;

	/**
	 * Loads the manifest and starts watching it.
	 * @param file the manifest file, or {@code null} for none
	 * @param pollInterval how often to look for changes (zero: never)
	 * @throws IllegalStateException when the file is missing or invalid at start
	 */
	public ManifestStore(@Nullable Path file, Duration pollInterval) {
		this.file = file;
		if (file != null) {
			load(file);
		}
		this.poller = (file != null && !pollInterval.isZero()) ? startPolling(pollInterval) : null;
	}

	private ScheduledExecutorService startPolling(Duration interval) {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "router-manifest-reload");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::reloadIfChanged, interval.toMillis(), interval.toMillis(),
				TimeUnit.MILLISECONDS);
		return executor;
	}

	private void load(Path path) {
		try {
			FileTime modified = Files.getLastModifiedTime(path);
			this.manifest = PersistedQueryManifest.parse(Files.readAllBytes(path));
			this.loadedModified = modified;
			logger.info("Persisted operations: " + this.manifest.operations().size() + " from " + path);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new IllegalStateException(
					"router.persisted-queries.manifest: cannot load " + path + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Plans the persisted operations on the engine in service and on every later one
	 * (before it goes into service), and on each reloaded manifest.
	 * @param engines the engines
	 */
	public void warmOn(EngineReference engines) {
		this.engines = engines;
		engines.onEngine(this::warm);
	}

	/**
	 * Reloads the manifest when its file changed (also called by the poller).
	 */
	void reloadIfChanged() {
		Path path = Objects.requireNonNull(this.file);
		try {
			FileTime modified = Files.getLastModifiedTime(path);
			if (modified.equals(this.loadedModified)) {
				return;
			}
			PersistedQueryManifest next = PersistedQueryManifest.parse(Files.readAllBytes(path));
			EngineReference engines = this.engines;
			if (engines != null) {
				warm(engines.current(), next);
			}
			this.manifest = next;
			this.loadedModified = modified;
			logger.info("Reloaded " + next.operations().size() + " persisted operations from " + path);
		}
		catch (IOException | IllegalArgumentException ex) {
			logger.error("Keeping the previous persisted operations: cannot load " + path + ": " + ex.getMessage());
		}
	}

	/**
	 * The manifest in service.
	 * @return the manifest
	 */
	public PersistedQueryManifest manifest() {
		return this.manifest;
	}

	private void warm(RouterEngine engine) {
		warm(engine, this.manifest);
	}

	private static void warm(RouterEngine engine, PersistedQueryManifest manifest) {
		for (ManifestOperation operation : manifest.operations()) {
			try {
				engine.plan(operation.body(), operation.name().isEmpty() ? null : operation.name());
			}
			catch (GraphQlRequestException ex) {
				logger.warn("Persisted operation " + operation.name() + " (" + operation.id()
						+ ") does not validate against the supergraph: " + ex.getMessage());
			}
		}
	}

	@Override
	public void close() {
		if (this.poller != null) {
			this.poller.shutdownNow();
		}
	}

}
