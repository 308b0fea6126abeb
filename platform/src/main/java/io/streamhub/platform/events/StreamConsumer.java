package io.streamhub.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import io.lettuce.core.models.stream.PendingMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;

/**
 * One member of a consumer group on one stream, running on its own thread with its own
 * Redis connection (XREADGROUP BLOCK would otherwise stall other commands, and handlers
 * never run on the Lettuce event loop).
 * <p>
 * The loop: create the group if needed (XGROUP CREATE MKSTREAM, BUSYGROUP ignored); every
 * {@code claimInterval} XAUTOCLAIM entries idle longer than {@code minIdle} — entries
 * whose handling failed here and entries of consumers that died — and handle them;
 * XREADGROUP new entries and handle them. Success is acknowledged (XACK); failure leaves
 * the entry pending for a later claim. An entry delivered more than {@code maxDeliveries}
 * times, or that is not a valid envelope, is copied to {@code <stream>:dead} and
 * acknowledged. Handling is at least once: make handlers idempotent with
 * {@link ProcessedEvents}.
 */
public final class StreamConsumer implements Disposable, AutoCloseable {

	private static final Log logger = LogFactory.getLog(StreamConsumer.class);

	private final String stream;

	private final String group;

	private final String name;

	private final EventHandler handler;

	private final StreamConsumerOptions options;

	private final StatefulRedisConnection<String, String> connection;

	private final Thread thread;

	private volatile boolean running = true;

	private Instant nextClaim = Instant.now();

	StreamConsumer(StatefulRedisConnection<String, String> connection, String stream, String group, String name,
			EventHandler handler, StreamConsumerOptions options) {
		this.connection = connection;
		this.stream = stream;
		this.group = group;
		this.name = name;
		this.handler = handler;
		this.options = options;
		createGroup(connection.sync());
		this.thread = new Thread(this::run, "stream-consumer-" + stream + "-" + group + "-" + name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void createGroup(RedisCommands<String, String> redis) {
		try {
			redis.xgroupCreate(XReadArgs.StreamOffset.from(this.stream, "0"), this.group,
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
		if (!Instant.now().isBefore(this.nextClaim)) {
			this.nextClaim = Instant.now().plus(this.options.claimInterval());
			claimIdle(redis);
		}
		readNew(redis);
	}

	private void readNew(RedisCommands<String, String> redis) {
		List<StreamMessage<String, String>> messages = redis.xreadgroup(Consumer.from(this.group, this.name),
				XReadArgs.Builder.block(this.options.block()).count(this.options.batchSize()),
				XReadArgs.StreamOffset.lastConsumed(this.stream));
		for (StreamMessage<String, String> message : messages) {
			deliver(redis, message, 1);
		}
	}

	private void claimIdle(RedisCommands<String, String> redis) {
		ClaimedMessages<String, String> claimed = redis.xautoclaim(this.stream,
				XAutoClaimArgs.Builder.xautoclaim(Consumer.from(this.group, this.name), this.options.minIdle(), "0-0")
					.count(this.options.batchSize()));
		for (StreamMessage<String, String> message : claimed.getMessages()) {
			deliver(redis, message, deliveries(redis, message.getId()));
		}
	}

	private long deliveries(RedisCommands<String, String> redis, String id) {
		List<PendingMessage> pending = redis.xpending(this.stream, this.group, Range.create(id, id), Limit.from(1));
		return pending.isEmpty() ? 1 : pending.get(0).getRedeliveryCount();
	}

	private void deliver(RedisCommands<String, String> redis, StreamMessage<String, String> message, long deliveries) {
		String json = message.getBody().get(LettuceStreamPublisher.EVENT_FIELD);
		EventEnvelope event = parse(json);
		if (event == null || deliveries > this.options.maxDeliveries()) {
			deadLetter(redis, message, deliveries);
			return;
		}
		try {
			this.handler.handle(event).block(this.options.handlerTimeout());
			redis.xack(this.stream, this.group, message.getId());
		}
		catch (RuntimeException ex) {
			logger.warn("Handling " + message.getId() + " of " + this.stream + " (group " + this.group
					+ ") failed on delivery " + deliveries + "; left pending", ex);
		}
	}

	private static EventEnvelope parse(String json) {
		if (json == null) {
			return null;
		}
		try {
			return EventJson.read(json);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void deadLetter(RedisCommands<String, String> redis, StreamMessage<String, String> message,
			long deliveries) {
		logger.error("Dead-lettering " + message.getId() + " of " + this.stream + " (group " + this.group + ") after "
				+ deliveries + " deliveries");
		Map<String, String> body = new java.util.LinkedHashMap<>(message.getBody());
		body.put("sourceId", message.getId());
		body.put("group", this.group);
		body.put("deliveries", Long.toString(deliveries));
		redis.xadd(Streams.dead(this.stream), body);
		redis.xack(this.stream, this.group, message.getId());
	}

	private void pauseAfter(RuntimeException ex) {
		if (!this.running) {
			return;
		}
		logger.warn("Stream consumer " + this.name + " on " + this.stream + " failed, retrying", ex);
		try {
			Thread.sleep(this.options.block().toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	/**
	 * The consumer's name within its group.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	@Override
	public void dispose() {
		this.running = false;
		try {
			this.thread.join(this.options.block().toMillis() + 2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.connection.close();
	}

	@Override
	public boolean isDisposed() {
		return !this.running && !this.thread.isAlive();
	}

	@Override
	public void close() {
		dispose();
	}

}
