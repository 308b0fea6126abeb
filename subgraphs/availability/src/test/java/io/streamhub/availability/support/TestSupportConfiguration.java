package io.streamhub.availability.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Beans the integration tests share.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

	@Bean
	TestVideos testVideos(DatabaseClient db) {
		return new TestVideos(db);
	}

}
