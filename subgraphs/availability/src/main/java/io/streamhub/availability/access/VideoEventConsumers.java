package io.streamhub.availability.access;

import java.util.UUID;

import io.streamhub.availability.config.AvailabilityProperties;
import io.streamhub.platform.events.StreamConsumer;
import io.streamhub.platform.events.StreamConsumers;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code events:videos} (group {@code availability.videos.consumer-group}) once
 * the application is up, and stops on shutdown.
 */
@Component
class VideoEventConsumers implements SmartLifecycle {

	private final ObjectProvider<StreamConsumers> consumers;

	private final VideoEventHandler handler;

	private final AvailabilityProperties properties;

	private final String consumerName = "availability-" + UUID.randomUUID();

	private @Nullable StreamConsumer running;

	VideoEventConsumers(ObjectProvider<StreamConsumers> consumers, VideoEventHandler handler,
			AvailabilityProperties properties) {
		this.consumers = consumers;
		this.handler = handler;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		AvailabilityProperties.Videos config = this.properties.getVideos();
		StreamConsumers available = this.consumers.getIfAvailable();
		if (!config.isEnabled() || available == null || this.running != null) {
			return;
		}
		this.running = available.start(config.getStream(), config.getConsumerGroup(), this.consumerName, this.handler);
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
