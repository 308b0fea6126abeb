package io.streamhub.media.config;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the media worker ({@code media-worker.*} in {@code media-worker.yml}).
 */
@ConfigurationProperties("media-worker")
public class MediaWorkerProperties {

	/**
	 * Whether the workers consume jobs (off: only health and metrics are served).
	 */
	private boolean enabled = true;

	private final Jobs jobs = new Jobs();

	private final Transcode transcode = new Transcode();

	private final S3 s3 = new S3();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Jobs getJobs() {
		return this.jobs;
	}

	public Transcode getTranscode() {
		return this.transcode;
	}

	public S3 getS3() {
		return this.s3;
	}

	/**
	 * Consuming {@code jobs:transcode}.
	 */
	public static class Jobs {

		/**
		 * The stream of transcode jobs.
		 */
		private String stream = "jobs:transcode";

		/**
		 * The consumer group.
		 */
		private String group = "media-worker";

		/**
		 * The stream the worker reports on.
		 */
		private String eventsStream = "events:media";

		/**
		 * This instance's consumer name prefix within the group (unique per instance);
		 * empty for host name and process id.
		 */
		private @Nullable String consumerName;

		/**
		 * Jobs handled at the same time (one consumer and one ffmpeg process each).
		 */
		private int concurrency = 1;

		/**
		 * How long one XREADGROUP waits for a new job.
		 */
		private Duration block = Duration.ofSeconds(2);

		/**
		 * A job whose worker has not shown signs of life for this long is reclaimed
		 * (XAUTOCLAIM min-idle) by another worker.
		 */
		private Duration visibilityTimeout = Duration.ofMinutes(2);

		/**
		 * How often each worker looks for jobs to reclaim.
		 */
		private Duration claimInterval = Duration.ofSeconds(15);

		/**
		 * How often a running job's pending entry is touched (XCLAIM JUSTID) so it is not
		 * reclaimed; must be well below the visibility timeout.
		 */
		private Duration heartbeatInterval = Duration.ofSeconds(20);

		/**
		 * Attempts per job before it goes to the dead-letter stream.
		 */
		private int maxAttempts = 3;

		/**
		 * Wait before the second attempt; doubled for each further attempt.
		 */
		private Duration initialBackoff = Duration.ofSeconds(5);

		/**
		 * Upper bound of the wait between attempts.
		 */
		private Duration maxBackoff = Duration.ofMinutes(2);

		/**
		 * On shutdown, how long the current job may still run before it is released
		 * (ffmpeg stopped, entry left pending for another worker).
		 */
		private Duration shutdownTimeout = Duration.ofSeconds(30);

		/**
		 * Minimum time between two {@code media.progress} events of a job.
		 */
		private Duration progressInterval = Duration.ofSeconds(2);

		/**
		 * How long the "completed" mark of a job is kept (a redelivered job that is
		 * already done is acknowledged without work or events).
		 */
		private Duration completedMarkTtl = Duration.ofDays(7);

		public String getStream() {
			return this.stream;
		}

		public void setStream(String stream) {
			this.stream = stream;
		}

		public String getGroup() {
			return this.group;
		}

		public void setGroup(String group) {
			this.group = group;
		}

		public String getEventsStream() {
			return this.eventsStream;
		}

		public void setEventsStream(String eventsStream) {
			this.eventsStream = eventsStream;
		}

		public @Nullable String getConsumerName() {
			return this.consumerName;
		}

		public void setConsumerName(@Nullable String consumerName) {
			this.consumerName = consumerName;
		}

		public int getConcurrency() {
			return this.concurrency;
		}

		public void setConcurrency(int concurrency) {
			this.concurrency = concurrency;
		}

		public Duration getBlock() {
			return this.block;
		}

		public void setBlock(Duration block) {
			this.block = block;
		}

		public Duration getVisibilityTimeout() {
			return this.visibilityTimeout;
		}

		public void setVisibilityTimeout(Duration visibilityTimeout) {
			this.visibilityTimeout = visibilityTimeout;
		}

		public Duration getClaimInterval() {
			return this.claimInterval;
		}

		public void setClaimInterval(Duration claimInterval) {
			this.claimInterval = claimInterval;
		}

		public Duration getHeartbeatInterval() {
			return this.heartbeatInterval;
		}

		public void setHeartbeatInterval(Duration heartbeatInterval) {
			this.heartbeatInterval = heartbeatInterval;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getShutdownTimeout() {
			return this.shutdownTimeout;
		}

		public void setShutdownTimeout(Duration shutdownTimeout) {
			this.shutdownTimeout = shutdownTimeout;
		}

		public Duration getProgressInterval() {
			return this.progressInterval;
		}

		public void setProgressInterval(Duration progressInterval) {
			this.progressInterval = progressInterval;
		}

		public Duration getCompletedMarkTtl() {
			return this.completedMarkTtl;
		}

		public void setCompletedMarkTtl(Duration completedMarkTtl) {
			this.completedMarkTtl = completedMarkTtl;
		}

	}

	/**
	 * Downloading, probing and transcoding.
	 */
	public static class Transcode {

		/**
		 * The ffmpeg executable; empty for the one jave2 ships (extracted to
		 * {@code ${java.io.tmpdir}/jave/}).
		 */
		private @Nullable String ffmpegPath;

		/**
		 * Where per-job temporary directories are created (removed when the job ends).
		 */
		private Path workDir = Path.of(System.getProperty("java.io.tmpdir"), "streamhub-media");

		/**
		 * Largest source accepted; larger ones fail without retry.
		 */
		private DataSize maxSourceSize = DataSize.ofGigabytes(2);

		/**
		 * x264 preset (speed against size).
		 */
		private String preset = "veryfast";

		/**
		 * Longest time one ffmpeg run may take before it is stopped (a retryable
		 * failure).
		 */
		private Duration timeout = Duration.ofHours(2);

		public @Nullable String getFfmpegPath() {
			return this.ffmpegPath;
		}

		public void setFfmpegPath(@Nullable String ffmpegPath) {
			this.ffmpegPath = ffmpegPath;
		}

		public Path getWorkDir() {
			return this.workDir;
		}

		public void setWorkDir(Path workDir) {
			this.workDir = workDir;
		}

		public DataSize getMaxSourceSize() {
			return this.maxSourceSize;
		}

		public void setMaxSourceSize(DataSize maxSourceSize) {
			this.maxSourceSize = maxSourceSize;
		}

		public String getPreset() {
			return this.preset;
		}

		public void setPreset(String preset) {
			this.preset = preset;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/**
	 * The S3-compatible store holding sources and outputs (defaults to
	 * {@code streamhub.s3.*} in media-worker.yml, like the videos service).
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
		 * The bucket, used when a job does not name one.
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

}
