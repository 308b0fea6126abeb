package io.streamhub.videos.processing;

import io.streamhub.videos.config.VideosProperties;
import io.streamhub.platform.events.StreamConsumers;
import io.streamhub.platform.events.StreamSubscription;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code events:media} (group {@code videos.media.consumer-group}) once the
 * application is up, and stops on shutdown.
 */
@Component
class MediaConsumers extends StreamSubscription {

	MediaConsumers(ObjectProvider<StreamConsumers> consumers, MediaEventHandler handler, VideosProperties properties) {
		super(consumers, properties.getMedia().isEnabled(), properties.getMedia().getStream(),
				properties.getMedia().getConsumerGroup(), "videos", handler);
	}

}
