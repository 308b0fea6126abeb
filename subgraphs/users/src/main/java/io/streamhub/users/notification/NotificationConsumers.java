package io.streamhub.users.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.streamhub.platform.events.StreamConsumer;
import io.streamhub.platform.events.StreamConsumers;
import io.streamhub.users.config.UsersProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts one consumer (group {@code users.notifications.consumer-group}) per configured
 * stream once the application is up, and stops them on shutdown.
 */
@Component
class NotificationConsumers implements SmartLifecycle {

	private final ObjectProvider<StreamConsumers> consumers;

	private final NotificationRequestHandler handler;

	private final UsersProperties properties;

	private final String consumerName = "users-" + UUID.randomUUID();

	private final List<StreamConsumer> running = new ArrayList<>();

	NotificationConsumers(ObjectProvider<StreamConsumers> consumers, NotificationRequestHandler handler,
			UsersProperties properties) {
		this.consumers = consumers;
		this.handler = handler;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		UsersProperties.Notifications config = this.properties.getNotifications();
		StreamConsumers available = this.consumers.getIfAvailable();
		if (!config.isEnabled() || available == null) {
			return;
		}
		for (String stream : config.getStreams()) {
			this.running.add(available.start(stream, config.getConsumerGroup(), this.consumerName, this.handler));
		}
	}

	@Override
	public synchronized void stop() {
		this.running.forEach(StreamConsumer::close);
		this.running.clear();
	}

	@Override
	public synchronized boolean isRunning() {
		return !this.running.isEmpty();
	}

}
