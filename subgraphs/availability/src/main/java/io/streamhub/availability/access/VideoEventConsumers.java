package io.streamhub.availability.access;

import io.streamhub.availability.config.AvailabilityProperties;
import io.streamhub.platform.events.StreamConsumers;
import io.streamhub.platform.events.StreamSubscription;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code events:videos} (group {@code availability.videos.consumer-group}) once
 * the application is up, and stops on shutdown.
 */
@Component
class VideoEventConsumers extends StreamSubscription {

	VideoEventConsumers(ObjectProvider<StreamConsumers> consumers, VideoEventHandler handler,
			AvailabilityProperties properties) {
		super(consumers, properties.getVideos().isEnabled(), properties.getVideos().getStream(),
				properties.getVideos().getConsumerGroup(), "availability", handler);
	}

}
