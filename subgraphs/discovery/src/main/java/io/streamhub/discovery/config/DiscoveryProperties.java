package io.streamhub.discovery.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the discovery service ({@code discovery.*} in {@code discovery.yml}).
 */
@ConfigurationProperties("discovery")
public class DiscoveryProperties {

	private final Elasticsearch elasticsearch = new Elasticsearch();

	private final Events events = new Events();

	private final Counters counters = new Counters();

	public Elasticsearch getElasticsearch() {
		return this.elasticsearch;
	}

	public Events getEvents() {
		return this.events;
	}

	public Counters getCounters() {
		return this.counters;
	}

	/**
	 * The Elasticsearch cluster and the index.
	 */
	public static class Elasticsearch {

		/**
		 * HTTP URL of the cluster (tests and local/ pass the embedded node's URL through
		 * streamhub.elasticsearch.url).
		 */
		private String url = "http://localhost:9200";

		/**
		 * The alias searches and the indexer use; the concrete index is
		 * {@code <alias>-<epoch millis>}.
		 */
		private String alias = "videos";

		/**
		 * Timeout of one request to Elasticsearch.
		 */
		private Duration requestTimeout = Duration.ofSeconds(10);

		/**
		 * User for HTTP basic authentication (a cluster with security enabled); none when
		 * empty.
		 */
		private String username = "";

		/**
		 * Password for HTTP basic authentication.
		 */
		private String password = "";

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getUrl() {
			return this.url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public String getAlias() {
			return this.alias;
		}

		public void setAlias(String alias) {
			this.alias = alias;
		}

		public Duration getRequestTimeout() {
			return this.requestTimeout;
		}

		public void setRequestTimeout(Duration requestTimeout) {
			this.requestTimeout = requestTimeout;
		}

	}

	/**
	 * The event streams discovery consumes.
	 */
	public static class Events {

		/**
		 * Whether to consume the streams (off in tests that feed handlers directly).
		 */
		private boolean enabled = true;

		/**
		 * The video events stream.
		 */
		private String videosStream = "events:videos";

		/**
		 * The user events stream (user.registered, user.followed, user.unfollowed).
		 */
		private String usersStream = "events:users";

		/**
		 * The consumer group on both streams.
		 */
		private String consumerGroup = "discovery";

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getVideosStream() {
			return this.videosStream;
		}

		public void setVideosStream(String videosStream) {
			this.videosStream = videosStream;
		}

		public String getUsersStream() {
			return this.usersStream;
		}

		public void setUsersStream(String usersStream) {
			this.usersStream = usersStream;
		}

		public String getConsumerGroup() {
			return this.consumerGroup;
		}

		public void setConsumerGroup(String consumerGroup) {
			this.consumerGroup = consumerGroup;
		}

	}

	/**
	 * How view and like counts reach the index: recorded per event in PostgreSQL, copied
	 * to Elasticsearch in bulk.
	 */
	public static class Counters {

		/**
		 * How often changed counters are flushed to the index.
		 */
		private Duration flushInterval = Duration.ofSeconds(2);

		/**
		 * At most this many videos per bulk request.
		 */
		private int batchSize = 500;

		public Duration getFlushInterval() {
			return this.flushInterval;
		}

		public void setFlushInterval(Duration flushInterval) {
			this.flushInterval = flushInterval;
		}

		public int getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(int batchSize) {
			this.batchSize = batchSize;
		}

	}

}
