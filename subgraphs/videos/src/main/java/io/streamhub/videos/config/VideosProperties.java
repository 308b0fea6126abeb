package io.streamhub.videos.config;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the videos service ({@code videos.*} in {@code videos.yml}).
 */
@ConfigurationProperties("videos")
public class VideosProperties {

	private final S3 s3 = new S3();

	private final Upload upload = new Upload();

	private final Playback playback = new Playback();

	private final Views views = new Views();

	private final Media media = new Media();

	private final Cleanup cleanup = new Cleanup();

	public S3 getS3() {
		return this.s3;
	}

	public Upload getUpload() {
		return this.upload;
	}

	public Playback getPlayback() {
		return this.playback;
	}

	public Views getViews() {
		return this.views;
	}

	public Media getMedia() {
		return this.media;
	}

	public Cleanup getCleanup() {
		return this.cleanup;
	}

	/**
	 * The S3-compatible store holding sources and renditions (defaults to
	 * {@code streamhub.s3.*} in videos.yml).
	 */
	public static class S3 {

		/**
		 * Endpoint URL; empty for AWS's regional endpoint.
		 */
		private @Nullable String endpoint;

		/**
		 * Region used for signing.
		 */
		private String region = "us-east-1";

		/**
		 * Access key; empty for the SDK's default credentials chain.
		 */
		private @Nullable String accessKey;

		/**
		 * Secret key.
		 */
		private @Nullable String secretKey;

		/**
		 * The bucket for sources ({@code uploads/<id>/source}) and media worker outputs
		 * ({@code videos/<id>/...}).
		 */
		private String bucket = "streamhub-media";

		/**
		 * Path-style addressing (needed by most S3-compatible stores).
		 */
		private boolean pathStyle = true;

		public @Nullable String getEndpoint() {
			return this.endpoint;
		}

		public void setEndpoint(@Nullable String endpoint) {
			this.endpoint = endpoint;
		}

		public String getRegion() {
			return this.region;
		}

		public void setRegion(String region) {
			this.region = region;
		}

		public @Nullable String getAccessKey() {
			return this.accessKey;
		}

		public void setAccessKey(@Nullable String accessKey) {
			this.accessKey = accessKey;
		}

		public @Nullable String getSecretKey() {
			return this.secretKey;
		}

		public void setSecretKey(@Nullable String secretKey) {
			this.secretKey = secretKey;
		}

		public String getBucket() {
			return this.bucket;
		}

		public void setBucket(String bucket) {
			this.bucket = bucket;
		}

		public boolean isPathStyle() {
			return this.pathStyle;
		}

		public void setPathStyle(boolean pathStyle) {
			this.pathStyle = pathStyle;
		}

	}

	/**
	 * Presigned uploads.
	 */
	public static class Upload {

		/**
		 * Lifetime of a presigned PUT URL.
		 */
		private Duration urlTtl = Duration.ofHours(1);

		/**
		 * The largest file accepted.
		 */
		private DataSize maxSize = DataSize.ofGigabytes(2);

		/**
		 * createVideoUpload calls per user per day.
		 */
		private int perUserPerDay = 10;

		public Duration getUrlTtl() {
			return this.urlTtl;
		}

		public void setUrlTtl(Duration urlTtl) {
			this.urlTtl = urlTtl;
		}

		public DataSize getMaxSize() {
			return this.maxSize;
		}

		public void setMaxSize(DataSize maxSize) {
			this.maxSize = maxSize;
		}

		public int getPerUserPerDay() {
			return this.perUserPerDay;
		}

		public void setPerUserPerDay(int perUserPerDay) {
			this.perUserPerDay = perUserPerDay;
		}

	}

	/**
	 * Playback URLs.
	 */
	public static class Playback {

		/**
		 * Lifetime of every playback URL: signed playlist URLs of this service, presigned
		 * GETs of segments and thumbnails, signed CDN paths. A playlist fetched before
		 * its URL expires hands out URLs valid for a full lifetime from then.
		 */
		private Duration urlTtl = Duration.ofHours(1);

		/**
		 * Public base URL of this service's {@code /playback/} endpoint, as players reach
		 * it (e.g. through a load balancer). Unset:
		 * {@code http://localhost:<server port>}.
		 */
		private @Nullable String baseUrl;

		/**
		 * HMAC-SHA256 key of playback signatures (and of CDN paths). Every instance of
		 * the service must share it; unset: a random key per process (URLs then work only
		 * against the instance that made them, a warning is logged).
		 */
		private @Nullable String secret;

		/**
		 * When set, segments are served as signed paths under this base URL (a CDN that
		 * validates {@code expires} and {@code sig} with the same secret) instead of
		 * presigned S3 GETs.
		 */
		private @Nullable String cdnBaseUrl;

		/**
		 * Largest playlist the playback endpoint reads and rewrites.
		 */
		private DataSize maxPlaylistSize = DataSize.ofMegabytes(2);

		public Duration getUrlTtl() {
			return this.urlTtl;
		}

		public void setUrlTtl(Duration urlTtl) {
			this.urlTtl = urlTtl;
		}

		public @Nullable String getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(@Nullable String baseUrl) {
			this.baseUrl = baseUrl;
		}

		public @Nullable String getSecret() {
			return this.secret;
		}

		public void setSecret(@Nullable String secret) {
			this.secret = secret;
		}

		public @Nullable String getCdnBaseUrl() {
			return this.cdnBaseUrl;
		}

		public void setCdnBaseUrl(@Nullable String cdnBaseUrl) {
			this.cdnBaseUrl = cdnBaseUrl;
		}

		public DataSize getMaxPlaylistSize() {
			return this.maxPlaylistSize;
		}

		public void setMaxPlaylistSize(DataSize maxPlaylistSize) {
			this.maxPlaylistSize = maxPlaylistSize;
		}

	}

	/**
	 * View counting.
	 */
	public static class Views {

		/**
		 * How often buffered views are written to PostgreSQL; what a crash of Redis can
		 * lose at most.
		 */
		private Duration flushInterval = Duration.ofSeconds(5);

		/**
		 * A viewer (the signed-in user, else the client address) counts at most once per
		 * video within this window; zero counts every call.
		 */
		private Duration dedupWindow = Duration.ofMinutes(30);

		/**
		 * Whether the first {@code X-Forwarded-For} hop is the client address of
		 * anonymous viewers (only behind a proxy/router that sets it); otherwise the TCP
		 * peer address.
		 */
		private boolean trustForwardedFor;

		public Duration getFlushInterval() {
			return this.flushInterval;
		}

		public void setFlushInterval(Duration flushInterval) {
			this.flushInterval = flushInterval;
		}

		public Duration getDedupWindow() {
			return this.dedupWindow;
		}

		public void setDedupWindow(Duration dedupWindow) {
			this.dedupWindow = dedupWindow;
		}

		public boolean isTrustForwardedFor() {
			return this.trustForwardedFor;
		}

		public void setTrustForwardedFor(boolean trustForwardedFor) {
			this.trustForwardedFor = trustForwardedFor;
		}

	}

	/**
	 * Consumption of the media worker's events.
	 */
	public static class Media {

		/**
		 * Whether the service consumes {@code events:media}.
		 */
		private boolean enabled = true;

		/**
		 * The stream read.
		 */
		private String stream = "events:media";

		/**
		 * Consumer group on the stream.
		 */
		private String consumerGroup = "videos";

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
	 * Removal of deleted videos' stored files.
	 */
	public static class Cleanup {

		/**
		 * How often the cleanup job runs.
		 */
		private Duration interval = Duration.ofMinutes(1);

		public Duration getInterval() {
			return this.interval;
		}

		public void setInterval(Duration interval) {
			this.interval = interval;
		}

	}

}
