package io.streamhub.platform.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.lettuce.core.api.StatefulRedisConnection;

/**
 * Starts {@link StreamConsumer}s (auto-configured as a bean when Redis is present).
 * Consumers still running are stopped when the application context closes. <pre>{@code
 * consumers.start(Streams.events("videos"), "discovery", "discovery-" + instanceId, this::onVideoEvent);
 * }</pre>
 */
public final class StreamConsumers implements AutoCloseable {

	private final Supplier<StatefulRedisConnection<String, String>> connections;

	private final List<StreamConsumer> started = new CopyOnWriteArrayList<>();

	/**
	 * Create the factory.
	 * @param connections opens a new dedicated connection per consumer
	 */
	public StreamConsumers(Supplier<StatefulRedisConnection<String, String>> connections) {
		this.connections = connections;
	}

	/**
	 * Start a consumer with the default options.
	 * @param stream the stream, e.g. {@code Streams.events("videos")}
	 * @param group the consumer group, created if missing (from the start of the stream)
	 * @param consumerName this consumer's name within the group (unique per instance)
	 * @param handler handles each event
	 * @return the running consumer; dispose it to stop
	 */
	public StreamConsumer start(String stream, String group, String consumerName, EventHandler handler) {
		return start(stream, group, consumerName, handler, StreamConsumerOptions.defaults());
	}

	/**
	 * Start a consumer.
	 * @param stream the stream
	 * @param group the consumer group, created if missing (from the start of the stream)
	 * @param consumerName this consumer's name within the group (unique per instance)
	 * @param handler handles each event
	 * @param options reading, retry and takeover settings
	 * @return the running consumer; dispose it to stop
	 */
	public StreamConsumer start(String stream, String group, String consumerName, EventHandler handler,
			StreamConsumerOptions options) {
		StreamConsumer consumer = new StreamConsumer(this.connections.get(), stream, group, consumerName, handler,
				options);
		this.started.add(consumer);
		return consumer;
	}

	@Override
	public void close() {
		for (StreamConsumer consumer : this.started) {
			consumer.dispose();
		}
		this.started.clear();
	}

}
