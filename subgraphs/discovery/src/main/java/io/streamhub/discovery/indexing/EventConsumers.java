package io.streamhub.discovery.indexing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.streamhub.discovery.config.DiscoveryProperties;
import io.streamhub.platform.events.StreamConsumer;
import io.streamhub.platform.events.StreamConsumers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Consumes events:videos and events:users (group {@code discovery.events.consumer-group})
 * once the application is up, and stops on shutdown.
 */
@Component
class EventConsumers implements SmartLifecycle {

	private final ObjectProvider<StreamConsumers> consumers;

	private final VideoEventHandler videos;

	private final UserEventHandler users;

	private final DiscoveryProperties properties;

	private final String consumerName = "discovery-" + UUID.randomUUID();

	private final List<StreamConsumer> running = new ArrayList<>();

	EventConsumers(ObjectProvider<StreamConsumers> consumers, VideoEventHandler videos, UserEventHandler users,
			DiscoveryProperties properties) {
		this.consumers = consumers;
		this.videos = videos;
		this.users = users;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		DiscoveryProperties.Events config = this.properties.getEvents();
		StreamConsumers available = this.consumers.getIfAvailable();
		if (!config.isEnabled() || available == null || !this.running.isEmpty()) {
			return;
		}
		String group = config.getConsumerGroup();
		this.running.add(available.start(config.getVideosStream(), group, this.consumerName, this.videos));
		this.running.add(available.start(config.getUsersStream(), group, this.consumerName, this.users));
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
