package io.streamhub.comments.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the comments service ({@code comments.*} in {@code comments.yml}).
 */
@ConfigurationProperties("comments")
public class CommentsProperties {

	/**
	 * addComment calls per user per minute (the limit: 5).
	 */
	private int perUserPerMinute = 5;

	private final Videos videos = new Videos();

	public int getPerUserPerMinute() {
		return this.perUserPerMinute;
	}

	public void setPerUserPerMinute(int perUserPerMinute) {
		this.perUserPerMinute = perUserPerMinute;
	}

	public Videos getVideos() {
		return this.videos;
	}

	/**
	 * Consumption of the videos service's events (the video visibility projection).
	 */
	public static class Videos {

		/**
		 * Whether the service consumes {@code events:videos}.
		 */
		private boolean enabled = true;

		/**
		 * The stream read.
		 */
		private String stream = "events:videos";

		/**
		 * Consumer group on the stream.
		 */
		private String consumerGroup = "comments";

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getStream() {
			return this.stream;
		}

		public void setStream(String stream) {
			this.stream = stream;
		}

		public String getConsumerGroup() {
			return this.consumerGroup;
		}

		public void setConsumerGroup(String consumerGroup) {
			this.consumerGroup = consumerGroup;
		}

	}

}
