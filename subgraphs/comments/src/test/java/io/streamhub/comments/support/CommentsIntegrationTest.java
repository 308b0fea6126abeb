package io.streamhub.comments.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.streamhub.comments.CommentsApplication;
import io.streamhub.platform.test.EmbeddedInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * The comments service on a random port, on real PostgreSQL and Redis (one shared context
 * and database for every class with this annotation).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = CommentsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=comments")
@EmbeddedInfrastructure(schema = "comments", countSql = true)
@AutoConfigureWebTestClient(timeout = "60s")
@Import(TestSupportConfiguration.class)
public @interface CommentsIntegrationTest {

}
