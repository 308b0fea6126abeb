package io.streamhub.platform.events;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * One consumer-group subscription of a service to a stream, tied to the application's
 * lifecycle: it starts consuming once the application is up (when enabled and when Redis
 * is configured, i.e. {@link StreamConsumers} exists) and stops on shutdown. A service
 * declares one as a component by extending this class with its own settings.
 */
public abstract class StreamSubscription implements SmartLifecycle {

	private final ObjectProvider<StreamConsumers> consumers;

	private final boolean enabled;

	private final String stream;

	private final String group;

	private final String consumerName;

	private final EventHandler handler;

	private @Nullable StreamConsumer running;

	/**
	 * A subscription.
	 * @param consumers the consumers, when the application has Redis
	 * @param enabled whether to consume at all
	 * @param stream the stream, e.g. {@code events:videos}
	 * @param group the consumer group
	 * @param service the service name, prefix of this instance's consumer name
	 * @param handler handles each event
	 */
	protected StreamSubscription(ObjectProvider<StreamConsumers> consumers, boolean enabled, String stream,
			String group, String service, EventHandler handler) {
		this.consumers = consumers;
		this.enabled = enabled;
		this.stream = stream;
		this.group = group;
		this.consumerName = service + "-" + UUID.randomUUID();
		this.handler = handler;
	}

	@Override
	public synchronized void start() {
		StreamConsumers available = this.consumers.getIfAvailable();
		if (!this.enabled || available == null || this.running != null) {
			return;
		}
		this.running = available.start(this.stream, this.group, this.consumerName, this.handler);
	}

	@Override
	public synchronized void stop() {
		if (this.running != null) {
			this.running.close();
			this.running = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.running != null;
	}

}
