package io.streamhub.comments.access;

import io.streamhub.comments.config.CommentsProperties;
import io.streamhub.platform.events.StreamConsumers;
import io.streamhub.platform.events.StreamSubscription;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code events:videos} (group {@code comments.videos.consumer-group}) once the
 * application is up, and stops on shutdown.
 */
@Component
class VideoEventConsumers extends StreamSubscription {

	VideoEventConsumers(ObjectProvider<StreamConsumers> consumers, VideoEventHandler handler,
			CommentsProperties properties) {
		super(consumers, properties.getVideos().isEnabled(), properties.getVideos().getStream(),
				properties.getVideos().getConsumerGroup(), "comments", handler);
	}

}
