package io.streamhub.realtime.subscription;

import org.jspecify.annotations.Nullable;

/**
 * What a subscription listens to: a topic, optionally narrowed to a region.
 *
 * @param topic the topic
 * @param region only events of this region, {@code null} for all
 */
record Trigger(String topic, @Nullable String region) {

	static String comments(String videoId) {
		return "comments:" + videoId;
	}

	static String videos(String videoId) {
		return "videos:" + videoId;
	}

	static String notifications(String userId) {
		return "notifications:" + userId;
	}

	static String availability(String videoId) {
		return "availability:" + videoId;
	}

	boolean accepts(RealtimeEvent event) {
		return this.region == null || this.region.equalsIgnoreCase(event.region());
	}

}
