package io.streamhub.platform.ratelimit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * A {@link RedisRateLimiter} when reactive Redis is available.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration")
@ConditionalOnClass(ReactiveStringRedisTemplate.class)
public class RateLimitAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(ReactiveStringRedisTemplate.class)
	RateLimiter redisRateLimiter(ReactiveStringRedisTemplate redis) {
		return new RedisRateLimiter(redis);
	}

}
