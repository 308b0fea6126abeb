package io.streamhub.comments.config;

import java.util.ArrayList;
import java.util.List;

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

	private final Moderation moderation = new Moderation();

	public Moderation getModeration() {
		return this.moderation;
	}

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
	 * Moderation: reports and the local word-list toxicity scorer.
	 */
	public static class Moderation {

		/**
		 * Distinct users whose reports (since the last approval) hide a comment.
		 */
		private int reportsToHide = 3;

		/**
		 * Comments scoring above this (0-1) are hidden as soon as they are written.
		 */
		private double toxicityThreshold = 0.8;

		/**
		 * Score contribution of each listed word: score = 1 - (1 - weight)^hits.
		 */
		private double wordWeight = 0.6;

		/**
		 * Words (lower case) the toxicity scorer counts.
		 */
		private List<String> toxicWords = new ArrayList<>(List.of("idiot", "idiots", "stupid", "moron", "morons",
				"loser", "losers", "dumb", "worthless", "pathetic", "scum", "imbecile"));

		public int getReportsToHide() {
			return this.reportsToHide;
		}

		public void setReportsToHide(int reportsToHide) {
			this.reportsToHide = reportsToHide;
		}

		public double getToxicityThreshold() {
			return this.toxicityThreshold;
		}

		public void setToxicityThreshold(double toxicityThreshold) {
			this.toxicityThreshold = toxicityThreshold;
		}

		public double getWordWeight() {
			return this.wordWeight;
		}

		public void setWordWeight(double wordWeight) {
			this.wordWeight = wordWeight;
		}

		public List<String> getToxicWords() {
			return this.toxicWords;
		}

		public void setToxicWords(List<String> toxicWords) {
			this.toxicWords = toxicWords;
		}

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
