package io.streamhub.availability.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the availability service ({@code availability.*} in
 * {@code availability.yml}).
 */
@ConfigurationProperties("availability")
public class AvailabilityProperties {

	private final Videos videos = new Videos();

	private final Cache cache = new Cache();

	private final Sync sync = new Sync();

	private final Webhook webhook = new Webhook();

	private final Notifications notifications = new Notifications();

	/**
	 * The platform feeds, by platform slug.
	 */
	private Map<String, Feed> feeds = new LinkedHashMap<>();

	public Videos getVideos() {
		return this.videos;
	}

	public Cache getCache() {
		return this.cache;
	}

	public Sync getSync() {
		return this.sync;
	}

	public Webhook getWebhook() {
		return this.webhook;
	}

	public Notifications getNotifications() {
		return this.notifications;
	}

	public Map<String, Feed> getFeeds() {
		return this.feeds;
	}

	public void setFeeds(Map<String, Feed> feeds) {
		this.feeds = feeds;
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
		private String consumerGroup = "availability";

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

	/**
	 * The Redis write-through cache of {@code Video.availability}.
	 */
	public static class Cache {

		/**
		 * How long a video's offers stay cached (writes refresh them at once).
		 */
		private Duration ttl = Duration.ofMinutes(30);

		public Duration getTtl() {
			return this.ttl;
		}

		public void setTtl(Duration ttl) {
			this.ttl = ttl;
		}

	}

	/**
	 * The sync scheduler: how often each priority tier is polled.
	 */
	public static class Sync {

		/**
		 * Whether the scheduler runs (a sync can always be started on demand).
		 */
		private boolean enabled = true;

		/**
		 * Hot tier: watchlisted or trending videos.
		 */
		private Duration hotInterval = Duration.ofMinutes(15);

		/**
		 * Warm tier: other videos some platform offers or offered.
		 */
		private Duration warmInterval = Duration.ofHours(1);

		/**
		 * Full sync: every video known here (finds new offers).
		 */
		private Duration fullInterval = Duration.ofDays(1);

		/**
		 * Redis sorted sets of discovery's trending videos (members are video ids), read
		 * when present.
		 */
		private List<String> trendingKeys = new ArrayList<>(
				List.of("discovery:trending:hour:ranking", "discovery:trending:day:ranking"));

		/**
		 * How many of the top trending videos of each key are hot.
		 */
		private int trendingTop = 500;

		/**
		 * Watchlists a video must be on to be hot.
		 */
		private int hotWatchlistMin = 1;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getHotInterval() {
			return this.hotInterval;
		}

		public void setHotInterval(Duration hotInterval) {
			this.hotInterval = hotInterval;
		}

		public Duration getWarmInterval() {
			return this.warmInterval;
		}

		public void setWarmInterval(Duration warmInterval) {
			this.warmInterval = warmInterval;
		}

		public Duration getFullInterval() {
			return this.fullInterval;
		}

		public void setFullInterval(Duration fullInterval) {
			this.fullInterval = fullInterval;
		}

		public List<String> getTrendingKeys() {
			return this.trendingKeys;
		}

		public void setTrendingKeys(List<String> trendingKeys) {
			this.trendingKeys = trendingKeys;
		}

		public int getHotWatchlistMin() {
			return this.hotWatchlistMin;
		}

		public void setHotWatchlistMin(int hotWatchlistMin) {
			this.hotWatchlistMin = hotWatchlistMin;
		}

		public int getTrendingTop() {
			return this.trendingTop;
		}

		public void setTrendingTop(int trendingTop) {
			this.trendingTop = trendingTop;
		}

	}

	/**
	 * The signed webhook ({@code POST /webhooks/availability/{slug}}).
	 */
	public static class Webhook {

		/**
		 * How far a delivery's timestamp may be from now (either way).
		 */
		private Duration tolerance = Duration.ofMinutes(5);

		public Duration getTolerance() {
			return this.tolerance;
		}

		public void setTolerance(Duration tolerance) {
			this.tolerance = tolerance;
		}

	}

	/**
	 * Notifications of watchlisters.
	 */
	public static class Notifications {

		/**
		 * Recipients per {@code notification.requested} event (larger audiences are
		 * split).
		 */
		private int batchSize = 500;

		public int getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(int batchSize) {
			this.batchSize = batchSize;
		}

	}

	/**
	 * One platform's HTTP JSON feed and webhook.
	 */
	public static class Feed {

		/**
		 * Display name of the platform (created with it on the first sync when missing).
		 */
		private @Nullable String name;

		/**
		 * Base URL of the feed; {@code GET {base-url}/v1/titles?ids=...} is called.
		 */
		private @Nullable String baseUrl;

		/**
		 * Header carrying the feed credentials.
		 */
		private String authHeader = "Authorization";

		/**
		 * Value of the credentials header (e.g. {@code Bearer ...}); none when empty.
		 */
		private String authValue = "";

		/**
		 * HMAC-SHA256 secret of the platform's webhook; the webhook is refused when
		 * empty.
		 */
		private String webhookSecret = "";

		/**
		 * Video ids per feed request.
		 */
		private int batchSize = 50;

		/**
		 * Time allowed for one feed request.
		 */
		private Duration timeout = Duration.ofSeconds(10);

		/**
		 * Token bucket: feed requests allowed per refresh period.
		 */
		private int requestsPerPeriod = 10;

		/**
		 * Token bucket: the refresh period.
		 */
		private Duration refreshPeriod = Duration.ofSeconds(1);

		/**
		 * How long a request may wait for a token before it is refused.
		 */
		private Duration permitWait = Duration.ofSeconds(5);

		/**
		 * Circuit breaker: failure rate (percent) that opens the circuit.
		 */
		private float failureRateThreshold = 50;

		/**
		 * Circuit breaker: calls recorded before the failure rate counts (and the sliding
		 * window size).
		 */
		private int minimumCalls = 4;

		/**
		 * Circuit breaker: how long the circuit stays open before trying again.
		 */
		private Duration openDuration = Duration.ofMinutes(1);

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable String getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(@Nullable String baseUrl) {
			this.baseUrl = baseUrl;
		}

		public String getAuthHeader() {
			return this.authHeader;
		}

		public void setAuthHeader(String authHeader) {
			this.authHeader = authHeader;
		}

		public String getAuthValue() {
			return this.authValue;
		}

		public void setAuthValue(String authValue) {
			this.authValue = authValue;
		}

		public String getWebhookSecret() {
			return this.webhookSecret;
		}

		public void setWebhookSecret(String webhookSecret) {
			this.webhookSecret = webhookSecret;
		}

		public int getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(int batchSize) {
			this.batchSize = batchSize;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public int getRequestsPerPeriod() {
			return this.requestsPerPeriod;
		}

		public void setRequestsPerPeriod(int requestsPerPeriod) {
			this.requestsPerPeriod = requestsPerPeriod;
		}

		public Duration getRefreshPeriod() {
			return this.refreshPeriod;
		}

		public void setRefreshPeriod(Duration refreshPeriod) {
			this.refreshPeriod = refreshPeriod;
		}

		public Duration getPermitWait() {
			return this.permitWait;
		}

		public void setPermitWait(Duration permitWait) {
			this.permitWait = permitWait;
		}

		public float getFailureRateThreshold() {
			return this.failureRateThreshold;
		}

		public void setFailureRateThreshold(float failureRateThreshold) {
			this.failureRateThreshold = failureRateThreshold;
		}

		public int getMinimumCalls() {
			return this.minimumCalls;
		}

		public void setMinimumCalls(int minimumCalls) {
			this.minimumCalls = minimumCalls;
		}

		public Duration getOpenDuration() {
			return this.openDuration;
		}

		public void setOpenDuration(Duration openDuration) {
			this.openDuration = openDuration;
		}

	}

}
