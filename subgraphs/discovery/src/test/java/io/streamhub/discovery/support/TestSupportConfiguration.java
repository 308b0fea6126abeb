package io.streamhub.discovery.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Beans the integration tests share.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

	@Bean
	TestEvents testEvents(ReactiveStringRedisTemplate redis) {
		return new TestEvents(redis);
	}

}
