package io.streamhub.platform.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.lettuce.core.api.StatefulRedisConnection;
import io.r2dbc.spi.ConnectionFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Moves outbox rows to their Redis streams.
 * <p>
 * Each batch runs in one database transaction: claim up to {@code batch-size} unsent rows
 * in id order with {@code FOR UPDATE SKIP LOCKED} (several relay instances never claim
 * the same row), XADD them one by one in that order, then mark them sent and commit. If
 * the relay dies after an XADD but before the commit, the rows stay unsent and are
 * published again by the next run: delivery is at least once, and consumers deduplicate
 * by event id ({@link ProcessedEvents}). Within one relay, events of a stream keep their
 * outbox order; with several relays running, batches may interleave.
 * <p>
 * The relay polls every {@code poll-interval} and drains full batches back to back. Sent
 * rows older than {@code retention} are deleted once a minute.
 */
public final class OutboxRelay implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(OutboxRelay.class);

	/**
	 * Prefix of the relay's own SQL statements, so that statement counters in tests can
	 * leave the relay's background polling out.
	 */
	public static final String SQL_MARKER = "/* streamhub:outbox-relay */ ";

	private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(1);

	private static final Duration SHUTDOWN_FLUSH_TIMEOUT = Duration.ofSeconds(5);

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	private final StreamPublisher publisher;

	private final OutboxProperties properties;

	private volatile @Nullable Disposable loop;

	private volatile @Nullable Scheduler scheduler;

	private volatile Instant nextCleanup = Instant.MIN;

	/**
	 * Create a relay.
	 * @param connectionFactory the service's database
	 * @param redis a connection used for XADD
	 * @param properties the relay settings
	 */
	public OutboxRelay(ConnectionFactory connectionFactory, StatefulRedisConnection<String, String> redis,
			OutboxProperties properties) {
		this(DatabaseClient.create(connectionFactory),
				TransactionalOperator.create(new R2dbcTransactionManager(connectionFactory)),
				new LettuceStreamPublisher(redis, properties.getStreamMaxLength()), properties);
	}

	OutboxRelay(DatabaseClient database, TransactionalOperator transactions, StreamPublisher publisher,
			OutboxProperties properties) {
		this.database = database;
		this.transactions = transactions;
		this.publisher = publisher;
		this.properties = properties;
	}

	/**
	 * Publish everything currently unsent, batch after batch, until the outbox is empty.
	 * @return completion, or the first error
	 */
	public Mono<Void> flush() {
		int batchSize = this.properties.getBatchSize();
		return relayBatch().expand((count) -> (count == batchSize) ? relayBatch() : Mono.empty()).then();
	}

	/**
	 * Publish at most one batch.
	 * @return the number of rows published
	 */
	Mono<Integer> relayBatch() {
		Mono<Integer> batch = claim().collectList().flatMap(this::publishAndMark);
		return this.transactions.transactional(batch).defaultIfEmpty(0);
	}

	private Flux<OutboxRow> claim() {
		return this.database
			.sql(SQL_MARKER + "SELECT id, stream, payload FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT :limit "
					+ "FOR UPDATE SKIP LOCKED")
			.bind("limit", this.properties.getBatchSize())
			.map((row, metadata) -> new OutboxRow(row.get("id", Long.class), row.get("stream", String.class),
					row.get("payload", String.class)))
			.all();
	}

	private Mono<Integer> publishAndMark(List<OutboxRow> rows) {
		if (rows.isEmpty()) {
			return Mono.just(0);
		}
		Long[] ids = rows.stream().map(OutboxRow::id).toArray(Long[]::new);
		return Flux.fromIterable(rows)
			.concatMap((row) -> this.publisher.publish(row.stream(), row.payload()))
			.then(this.database.sql(SQL_MARKER + "UPDATE outbox SET sent_at = now() WHERE id = ANY(:ids)")
				.bind("ids", ids)
				.fetch()
				.rowsUpdated())
			.thenReturn(rows.size());
	}

	private Mono<Void> cleanUpIfDue() {
		Instant now = Instant.now();
		if (now.isBefore(this.nextCleanup)) {
			return Mono.empty();
		}
		this.nextCleanup = now.plus(CLEANUP_INTERVAL);
		// the cutoff is computed by the database, against the same clock that wrote
		// sent_at
		return this.database
			.sql(SQL_MARKER + "DELETE FROM outbox WHERE sent_at < now() - make_interval(secs => :seconds)")
			.bind("seconds", this.properties.getRetention().toMillis() / 1000.0)
			.fetch()
			.rowsUpdated()
			.then();
	}

	private Mono<Void> tick() {
		return flush().then(cleanUpIfDue());
	}

	private Mono<Void> retryNextTick(Throwable ex) {
		logger.warn("Outbox relay run failed, retrying: " + ex.getMessage(), ex);
		return Mono.empty();
	}

	@Override
	public synchronized void start() {
		if (this.loop != null) {
			return;
		}
		Scheduler single = Schedulers.newSingle("outbox-relay", true);
		this.scheduler = single;
		this.loop = Flux.interval(Duration.ZERO, this.properties.getPollInterval(), single)
			.onBackpressureDrop()
			// defer: a failure while assembling a run (not only while running it) must
			// not end the loop
			.concatMap((tick) -> Mono.defer(this::tick).onErrorResume(this::retryNextTick), 1)
			.subscribe();
	}

	@Override
	public synchronized void stop() {
		Disposable current = this.loop;
		Scheduler single = this.scheduler;
		this.loop = null;
		this.scheduler = null;
		if (current != null) {
			current.dispose();
		}
		if (single != null) {
			single.dispose();
		}
		flushBeforeShutdown();
	}

	private void flushBeforeShutdown() {
		try {
			flush().block(SHUTDOWN_FLUSH_TIMEOUT);
		}
		catch (RuntimeException ex) {
			// rows that could not be sent stay in the outbox and go out with the next
			// relay run
			logger.warn("Final outbox flush failed: " + ex.getMessage());
		}
	}

	@Override
	public boolean isRunning() {
		return this.loop != null;
	}

	private record OutboxRow(Long id, String stream, String payload) {

	}

}
