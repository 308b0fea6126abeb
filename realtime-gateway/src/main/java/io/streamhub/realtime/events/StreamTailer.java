package io.streamhub.realtime.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import io.streamhub.realtime.subscription.RealtimeEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Tails the event streams with {@code XREAD BLOCK} from the last id seen per stream (no
 * consumer group: every gateway instance sees every event). At start it begins after the
 * newest entry; after a Redis outage it resumes from the last id it saw, so entries added
 * meanwhile (and still within the streams' retention) are delivered. The reader thread
 * only reads: entries are parsed, mapped and published on a separate dispatcher thread,
 * in stream order.
 */
public final class StreamTailer implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(StreamTailer.class);

	private static final String EVENT_FIELD = "event";

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

	private final RedisClient client;

	private final List<String> streams;

	private final Duration block;

	private final int count;

	private final Consumer<RealtimeEvent> publisher;

	private final Map<String, String> lastIds = new LinkedHashMap<>();

	private final ExecutorService dispatcher = Executors
		.newSingleThreadExecutor((task) -> daemon(task, "realtime-events"));

	private volatile boolean running;

	private volatile boolean connected;

	private @org.jspecify.annotations.Nullable Thread reader;

	public StreamTailer(RedisURI uri, List<String> streams, Duration block, int count,
			Consumer<RealtimeEvent> publisher) {
		RedisURI timed = RedisURI.create(uri.toURI());
		timed.setTimeout(block.plus(Duration.ofSeconds(2)));
		this.client = RedisClient.create(timed);
		this.streams = List.copyOf(streams);
		this.block = block;
		this.count = count;
		this.publisher = publisher;
	}

	/**
	 * Starts reading on a dedicated thread.
	 */
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.reader = daemon(this::run, "realtime-stream-reader");
		this.reader.start();
	}

	/**
	 * Whether the reader is connected and has positioned itself on every stream.
	 * @return {@code true} once it is reading
	 */
	public boolean isReading() {
		return this.connected;
	}

	private void run() {
		Duration backoff = Duration.ofMillis(100);
		while (this.running) {
			try (StatefulRedisConnection<String, String> connection = this.client.connect()) {
				RedisCommands<String, String> redis = connection.sync();
				position(redis);
				this.connected = true;
				backoff = Duration.ofMillis(100);
				while (this.running) {
					read(redis);
				}
			}
			catch (RuntimeException ex) {
				this.connected = false;
				if (this.running) {
					logger.warn("Reading the event streams failed (" + ex.getMessage() + "), retrying in "
							+ backoff.toMillis() + " ms from the last seen ids");
					pause(backoff);
					backoff = min(backoff.multipliedBy(2), MAX_BACKOFF);
				}
			}
		}
		this.connected = false;
	}

	/**
	 * On the first connection, starts after the newest entry of each stream ("0-0" when
	 * it is empty or missing, so its first entries are not skipped). Later connections
	 * keep the ids already seen.
	 */
	private void position(RedisCommands<String, String> redis) {
		for (String stream : this.streams) {
			if (this.lastIds.containsKey(stream)) {
				continue;
			}
			List<StreamMessage<String, String>> newest = redis.xrevrange(stream, io.lettuce.core.Range.unbounded(),
					io.lettuce.core.Limit.from(1));
			this.lastIds.put(stream, newest.isEmpty() ? "0-0" : newest.get(0).getId());
		}
	}

	@SuppressWarnings("unchecked")
	private void read(RedisCommands<String, String> redis) {
		List<XReadArgs.StreamOffset<String>> offsets = new ArrayList<>();
		this.lastIds.forEach((stream, id) -> offsets.add(XReadArgs.StreamOffset.from(stream, id)));
		List<StreamMessage<String, String>> messages = redis.xread(
				XReadArgs.Builder.block(this.block.toMillis()).count(this.count),
				offsets.toArray(new XReadArgs.StreamOffset[0]));
		if (messages == null || messages.isEmpty()) {
			return;
		}
		long readAt = System.nanoTime();
		for (StreamMessage<String, String> message : messages) {
			this.lastIds.put(message.getStream(), message.getId());
		}
		this.dispatcher.execute(() -> dispatch(messages, readAt));
	}

	private void dispatch(List<StreamMessage<String, String>> messages, long readAt) {
		for (StreamMessage<String, String> message : messages) {
			String json = message.getBody().get(EVENT_FIELD);
			if (json == null) {
				continue;
			}
			try {
				EventEnvelope event = EventJson.read(json);
				EventMapper.map(event, message.getId(), readAt).ifPresent(this.publisher);
			}
			catch (RuntimeException ex) {
				logger.warn("Skipping stream entry " + message.getStream() + " " + message.getId() + ": "
						+ ex.getMessage());
			}
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

	@Override
	public synchronized void close() {
		this.running = false;
		Thread thread = this.reader;
		if (thread != null) {
			thread.interrupt();
		}
		this.dispatcher.shutdown();
		try {
			this.dispatcher.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
	}

}
