package io.streamhub.media.config;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.streamhub.media.ffmpeg.FfmpegBinary;
import io.streamhub.media.health.FfmpegHealthIndicator;
import io.streamhub.media.health.RedisHealthIndicator;
import io.streamhub.media.health.S3HealthIndicator;
import io.streamhub.media.job.JobSettings;
import io.streamhub.media.job.JobWorkers;
import io.streamhub.media.job.TranscodePipeline;
import io.streamhub.media.job.WorkerMetrics;
import io.streamhub.media.probe.DefaultSourceProbe;
import io.streamhub.media.probe.SourceProbe;
import io.streamhub.media.storage.MediaStore;
import io.streamhub.media.transcode.FfmpegTranscoder;
import io.streamhub.media.transcode.Thumbnailer;
import io.streamhub.media.transcode.Transcoder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.util.StringUtils;

/**
 * The worker's parts, from {@code media-worker.*}.
 */
@Configuration(proxyBeanMethods = false)
class MediaWorkerConfiguration {

	@Bean
	FfmpegBinary ffmpegBinary(MediaWorkerProperties properties) {
		return FfmpegBinary.locate(properties.getTranscode().getFfmpegPath());
	}

	@Bean
	SourceProbe sourceProbe(FfmpegBinary ffmpeg) {
		return new DefaultSourceProbe(ffmpeg);
	}

	@Bean
	Transcoder transcoder(FfmpegBinary ffmpeg, MediaWorkerProperties properties) {
		return new FfmpegTranscoder(ffmpeg, properties.getTranscode().getPreset(),
				properties.getTranscode().getTimeout());
	}

	@Bean
	Thumbnailer thumbnailer(FfmpegBinary ffmpeg) {
		return new Thumbnailer(ffmpeg);
	}

	@Bean
	TranscodePipeline transcodePipeline(MediaStore store, SourceProbe probe, Transcoder transcoder,
			Thumbnailer thumbnailer, MediaWorkerProperties properties) {
		MediaWorkerProperties.Transcode transcode = properties.getTranscode();
		return new TranscodePipeline(store, probe, transcoder, thumbnailer, transcode.getWorkDir(),
				transcode.getMaxSourceSize().toBytes(), properties.getS3().getBucket());
	}

	@Bean
	WorkerMetrics workerMetrics(MeterRegistry registry) {
		return new WorkerMetrics(registry);
	}

	@Bean
	JobSettings jobSettings(MediaWorkerProperties properties) {
		MediaWorkerProperties.Jobs jobs = properties.getJobs();
		return new JobSettings(jobs.getStream(), jobs.getGroup(), jobs.getEventsStream(),
				consumerName(jobs.getConsumerName()), jobs.getConcurrency(), jobs.getBlock(),
				jobs.getVisibilityTimeout(), jobs.getClaimInterval(), jobs.getHeartbeatInterval(),
				jobs.getMaxAttempts(), JobSettings.backoff(jobs.getInitialBackoff(), jobs.getMaxBackoff()),
				jobs.getShutdownTimeout(), jobs.getProgressInterval(), jobs.getCompletedMarkTtl());
	}

	@Bean
	@ConditionalOnProperty(name = "media-worker.enabled", matchIfMissing = true)
	JobWorkers jobWorkers(LettuceConnectionFactory redis, JobSettings settings, TranscodePipeline pipeline,
			WorkerMetrics metrics) {
		return new JobWorkers(() -> connect(redis), settings, pipeline, metrics, Clock.systemUTC());
	}

	@Bean(destroyMethod = "close")
	StatefulRedisConnection<String, String> mediaWorkerHealthConnection(LettuceConnectionFactory redis) {
		return connect(redis);
	}

	@Bean
	FfmpegHealthIndicator ffmpegHealthIndicator(FfmpegBinary ffmpeg) {
		return new FfmpegHealthIndicator(ffmpeg);
	}

	@Bean
	RedisHealthIndicator jobsRedisHealthIndicator(StatefulRedisConnection<String, String> mediaWorkerHealthConnection,
			JobSettings settings) {
		return new RedisHealthIndicator(mediaWorkerHealthConnection, settings.stream());
	}

	@Bean
	S3HealthIndicator s3HealthIndicator(MediaStore store, MediaWorkerProperties properties) {
		return new S3HealthIndicator(store, properties.getS3().getBucket());
	}

	static StatefulRedisConnection<String, String> connect(LettuceConnectionFactory redis) {
		if (redis.getRequiredNativeClient() instanceof RedisClient client) {
			return client.connect();
		}
		throw new IllegalStateException("The media worker needs a standalone (non-cluster) Redis client");
	}

	private static String consumerName(String configured) {
		if (StringUtils.hasText(configured)) {
			return configured;
		}
		try {
			return InetAddress.getLocalHost().getHostName() + "-" + ManagementFactory.getRuntimeMXBean().getPid();
		}
		catch (UnknownHostException ex) {
			return "media-worker-" + ManagementFactory.getRuntimeMXBean().getPid();
		}
	}

}
