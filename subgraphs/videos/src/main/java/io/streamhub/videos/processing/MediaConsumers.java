package io.streamhub.videos.processing;

import java.util.UUID;

import io.streamhub.platform.events.StreamConsumer;
import io.streamhub.platform.events.StreamConsumers;
import io.streamhub.videos.config.VideosProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code events:media} (group {@code videos.media.consumer-group}) once the
 * application is up, and stops on shutdown.
 */
@Component
class MediaConsumers implements SmartLifecycle {

	private final ObjectProvider<StreamConsumers> consumers;

	private final MediaEventHandler handler;

	private final VideosProperties properties;

	private final String consumerName = "videos-" + UUID.randomUUID();

	private @Nullable StreamConsumer running;

	MediaConsumers(ObjectProvider<StreamConsumers> consumers, MediaEventHandler handler, VideosProperties properties) {
		this.consumers = consumers;
		this.handler = handler;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		VideosProperties.Media config = this.properties.getMedia();
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
