package io.streamhub.media.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * What a test does around the worker: put a source in S3, queue a job exactly as the
 * videos service does (outbox envelope {@code transcode.requested} in field
 * {@code event}), read {@code events:media}, fetch outputs.
 */
@TestComponent
public class WorkerHarness implements DisposableBean {

	/** The bucket of sources and outputs. */
	public static final String BUCKET = "streamhub-media";

	/** The jobs stream. */
	public static final String JOBS = "jobs:transcode";

	/** The events stream. */
	public static final String EVENTS = "events:media";

	private final S3Client s3;

	private final StatefulRedisConnection<String, String> connection;

	WorkerHarness(S3Client s3, LettuceConnectionFactory redis) {
		this.s3 = s3;
		this.connection = ((RedisClient) redis.getRequiredNativeClient()).connect();
	}

	/**
	 * Redis commands.
	 * @return commands on the harness's own connection
	 */
	public RedisCommands<String, String> redis() {
		return this.connection.sync();
	}

	/**
	 * Upload a source for a new video.
	 * @param clip the file
	 * @return the video id
	 */
	public UUID upload(Path clip) {
		UUID videoId = UUID.randomUUID();
		this.s3.putObject((request) -> request.bucket(BUCKET).key(sourceKey(videoId)).contentType("video/mp4"),
				RequestBody.fromFile(clip));
		return videoId;
	}

	/**
	 * The source key the videos service uses.
	 * @param videoId the video
	 * @return {@code uploads/<id>/source}
	 */
	public static String sourceKey(UUID videoId) {
		return "uploads/" + videoId + "/source";
	}

	/**
	 * The job envelope the videos service writes.
	 * @param videoId the video
	 * @param bucket the bucket named in the job
	 * @return the envelope
	 */
	public static EventEnvelope job(UUID videoId, String bucket) {
		Map<String, Object> data = Map.of("videoId", videoId.toString(), "sourceKey", sourceKey(videoId), "attempt", 1,
				"bucket", bucket, "contentType", "video/mp4");
		return EventEnvelope.of("transcode.requested", new EventEnvelope.Subject("Video", videoId), UUID.randomUUID(),
				data);
	}

	/**
	 * Queue a job.
	 * @param job the envelope
	 * @return the entry id
	 */
	public String enqueue(EventEnvelope job) {
		return redis().xadd(JOBS, Map.of("event", EventJson.write(job)));
	}

	/**
	 * Queue a job for a video in the default bucket.
	 * @param videoId the video
	 * @return the envelope
	 */
	public EventEnvelope enqueue(UUID videoId) {
		EventEnvelope job = job(videoId, BUCKET);
		enqueue(job);
		return job;
	}

	/**
	 * The events about a video so far, oldest first.
	 * @param videoId the video
	 * @return the events
	 */
	public List<EventEnvelope> events(UUID videoId) {
		return redis().xrange(EVENTS, Range.create("-", "+"))
			.stream()
			.map(StreamMessage::getBody)
			.map((body) -> EventJson.read(body.get("event")))
			.filter((event) -> event.subject().id().equals(videoId))
			.toList();
	}

	/**
	 * The events of one type about a video.
	 * @param videoId the video
	 * @param type the type
	 * @return the events
	 */
	public List<EventEnvelope> events(UUID videoId, String type) {
		return events(videoId).stream().filter((event) -> event.type().equals(type)).toList();
	}

	/**
	 * Pending entries of the worker group.
	 * @return how many
	 */
	public long pending() {
		return redis().xpending(JOBS, "media-worker").getCount();
	}

	/**
	 * Every object under a prefix.
	 * @param prefix the prefix
	 * @return the keys
	 */
	public List<String> keys(String prefix) {
		return this.s3.listObjectsV2Paginator((request) -> request.bucket(BUCKET).prefix(prefix))
			.contents()
			.stream()
			.map(S3Object::key)
			.sorted()
			.toList();
	}

	/**
	 * Object metadata.
	 * @param key the key
	 * @return HEAD's answer
	 */
	public HeadObjectResponse head(String key) {
		return this.s3.headObject((request) -> request.bucket(BUCKET).key(key));
	}

	/**
	 * Download every object under a prefix, keeping the layout.
	 * @param prefix the prefix
	 * @param target the directory
	 */
	public void download(String prefix, Path target) {
		for (String key : keys(prefix)) {
			Path file = target.resolve(key.substring(prefix.length()));
			try {
				Files.createDirectories(file.getParent());
				Files.write(file, this.s3.getObjectAsBytes((request) -> request.bucket(BUCKET).key(key)).asByteArray());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@Override
	public void destroy() {
		this.connection.close();
	}

}
