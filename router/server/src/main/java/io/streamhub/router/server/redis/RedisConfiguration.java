package io.streamhub.router.server.redis;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Redis connection, when {@code router.redis-url} is set.
 */
@Configuration(proxyBeanMethods = false)
public class RedisConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty("router.redis-url")
	RouterRedis routerRedis(@Value("${router.redis-url}") URI url) {
		return RouterRedis.connect(url);
	}

}
