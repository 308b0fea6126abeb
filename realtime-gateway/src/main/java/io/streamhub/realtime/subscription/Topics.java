package io.streamhub.realtime.subscription;

/**
 * Topic names, shared by the event mapping and the subscriptions.
 */
public final class Topics {

	private Topics() {
	}

	public static String comments(String videoId) {
		return Trigger.comments(videoId);
	}

	public static String videos(String videoId) {
		return Trigger.videos(videoId);
	}

	public static String notifications(String userId) {
		return Trigger.notifications(userId);
	}

	public static String availability(String videoId) {
		return Trigger.availability(videoId);
	}

}
