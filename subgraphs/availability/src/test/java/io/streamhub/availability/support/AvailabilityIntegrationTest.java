package io.streamhub.availability.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.streamhub.availability.AvailabilityApplication;
import io.streamhub.platform.test.EmbeddedInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The availability service on a random port, on real PostgreSQL and Redis, with the
 * {@link FakePlatforms} as its feeds (one shared context and database for every class
 * with this annotation).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = AvailabilityApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=availability")
@EmbeddedInfrastructure(schema = "availability", countSql = true)
@AutoConfigureWebTestClient(timeout = "60s")
@ContextConfiguration(initializers = FakePlatforms.class)
@Import(TestSupportConfiguration.class)
public @interface AvailabilityIntegrationTest {

}
