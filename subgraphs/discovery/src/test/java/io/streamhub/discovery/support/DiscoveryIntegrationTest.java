package io.streamhub.discovery.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.streamhub.discovery.DiscoveryApplication;
import io.streamhub.platform.test.EmbeddedInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * The discovery service on a random port, on real Elasticsearch (a child JVM), PostgreSQL
 * and Redis; one shared context for every class with this annotation. Tests isolate their
 * data by a unique category per test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = DiscoveryApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=discovery", "discovery.counters.flush-interval=1h" })
@EmbeddedInfrastructure(schema = "discovery", elasticsearch = true, countSql = true)
@AutoConfigureWebTestClient(timeout = "60s")
@Import(TestSupportConfiguration.class)
public @interface DiscoveryIntegrationTest {

}
