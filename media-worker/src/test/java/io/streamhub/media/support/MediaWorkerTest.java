package io.streamhub.media.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.streamhub.media.MediaWorkerApplication;
import io.streamhub.platform.test.EmbeddedInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole worker (one context per test JVM) against the embedded Redis and S3 store,
 * with short timings so that reclaiming and retrying happen within seconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = MediaWorkerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=media-worker", "media-worker.jobs.consumer-name=worker-under-test",
				"media-worker.jobs.block=500ms", "media-worker.jobs.visibility-timeout=3s",
				"media-worker.jobs.claim-interval=1s", "media-worker.jobs.heartbeat-interval=1s",
				"media-worker.jobs.initial-backoff=200ms", "media-worker.jobs.max-backoff=1s",
				"media-worker.jobs.shutdown-timeout=5s", "media-worker.transcode.work-dir=target/media-work" })
@EmbeddedInfrastructure(postgres = false, redis = true, s3 = true, buckets = WorkerHarness.BUCKET, tokens = false)
@Import(WorkerHarness.class)
public @interface MediaWorkerTest {

}
