package io.streamhub.availability.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.streamhub.availability.config.AvailabilityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs each tier at its interval ({@code availability.sync.*-interval}) while the
 * application runs (unless {@code availability.sync.enabled} is false), and purges
 * webhook deliveries too old to be replayed. One sync at a time: a tick that comes while
 * another sync runs is skipped.
 */
@Component
class SyncScheduler implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(SyncScheduler.class);

	private final SyncService sync;

	private final WebhookDeliveries deliveries;

	private final AvailabilityProperties properties;

	private final AtomicBoolean busy = new AtomicBoolean();

	private final List<Disposable> running = new ArrayList<>();

	SyncScheduler(SyncService sync, WebhookDeliveries deliveries, AvailabilityProperties properties) {
		this.sync = sync;
		this.deliveries = deliveries;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		AvailabilityProperties.Sync config = this.properties.getSync();
		if (!config.isEnabled() || !this.running.isEmpty()) {
			return;
		}
		schedule(SyncTier.HOT, config.getHotInterval());
		schedule(SyncTier.WARM, config.getWarmInterval());
		schedule(SyncTier.FULL, config.getFullInterval());
	}

	private void schedule(SyncTier tier, Duration interval) {
		this.running
			.add(Flux.interval(interval, interval).onBackpressureDrop().concatMap((tick) -> run(tier), 1).subscribe());
	}

	private Mono<Void> run(SyncTier tier) {
		if (!this.busy.compareAndSet(false, true)) {
			logger.info("Skipping the {} availability sync: another sync is running", tier);
			return Mono.empty();
		}
		return this.deliveries.purge()
			.then(this.sync.sync(tier))
			.doOnNext((report) -> logger.info("Availability sync {}: {}", tier, report))
			.onErrorResume((ex) -> {
				logger.warn("Availability sync {} failed", tier, ex);
				return Mono.empty();
			})
			.doFinally((signal) -> this.busy.set(false))
			.then();
	}

	@Override
	public synchronized void stop() {
		this.running.forEach(Disposable::dispose);
		this.running.clear();
	}

	@Override
	public synchronized boolean isRunning() {
		return !this.running.isEmpty();
	}

}
