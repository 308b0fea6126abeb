package io.streamhub.videos.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.streamhub.platform.test.EmbeddedInfrastructure;
import io.streamhub.videos.VideosApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * The videos service on a random port, on real PostgreSQL, Redis and an S3-compatible
 * store (one shared context and database for every class with this annotation). Views are
 * flushed and deleted videos purged by the tests themselves (the scheduled runs are
 * pushed out to an hour). Each {@code GraphQlClient} is its own viewer: it sends its own
 * {@code X-Forwarded-For}, trusted here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = VideosApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=videos", "videos.views.flush-interval=1h", "videos.cleanup.interval=1h",
				"videos.upload.max-size=10MB", "videos.views.trust-forwarded-for=true" })
@EmbeddedInfrastructure(schema = "videos", s3 = true, buckets = "streamhub-media", countSql = true)
@AutoConfigureWebTestClient(timeout = "30s")
@Import(TestSupportConfiguration.class)
public @interface VideosIntegrationTest {

}
