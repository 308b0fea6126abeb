package io.streamhub.platform.ratelimit;

import java.time.Duration;
import java.util.UUID;

import io.streamhub.platform.embedded.EmbeddedRedis;
import io.streamhub.platform.errors.RateLimitedException;
import io.streamhub.platform.test.SharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limiter on a real Redis server.
 */
class RedisRateLimiterTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static LettuceConnectionFactory connectionFactory;

	private static RateLimiter limiter;

	@BeforeAll
	static void connect() {
		EmbeddedRedis redis = SharedInfrastructure.redis();
		connectionFactory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(redis.host(), redis.port()));
		connectionFactory.afterPropertiesSet();
		limiter = new RedisRateLimiter(new ReactiveStringRedisTemplate(connectionFactory));
	}

	@AfterAll
	static void disconnect() {
		connectionFactory.destroy();
	}

	@Test
	void allowsPermitsThenRejectsWithRetryAfter() {
		RateLimit limit = new RateLimit("login-" + UUID.randomUUID(), 3, Duration.ofMinutes(1));

		for (int i = 0; i < 3; i++) {
			StepVerifier.create(limiter.acquire(limit, "alice")).expectComplete().verify(TIMEOUT);
		}

		StepVerifier.create(limiter.acquire(limit, "alice"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(RateLimitedException.class,
					(limited) -> assertThat(limited.retryAfterSeconds()).isBetween(1L, 60L)))
			.verify(TIMEOUT);
	}

	@Test
	void keysAreLimitedIndependently() {
		RateLimit limit = new RateLimit("upload-" + UUID.randomUUID(), 1, Duration.ofMinutes(1));

		StepVerifier.create(limiter.acquire(limit, "alice")).expectComplete().verify(TIMEOUT);
		StepVerifier.create(limiter.acquire(limit, "bob")).expectComplete().verify(TIMEOUT);
		StepVerifier.create(limiter.acquire(limit, "alice")).expectError(RateLimitedException.class).verify(TIMEOUT);
	}

	@Test
	void concurrentAcquisitionsNeverExceedThePermits() {
		RateLimit limit = new RateLimit("burst-" + UUID.randomUUID(), 10, Duration.ofMinutes(1));

		Long granted = Flux.range(0, 50)
			.flatMap((i) -> limiter.acquire(limit, "client")
				.thenReturn(1L)
				.onErrorResume(RateLimitedException.class, (ex) -> reactor.core.publisher.Mono.just(0L)), 50)
			.reduce(0L, Long::sum)
			.block(TIMEOUT);

		assertThat(granted).isEqualTo(10L);
	}

	@Test
	void windowResetRestoresPermits() {
		RateLimit limit = new RateLimit("short-" + UUID.randomUUID(), 1, Duration.ofMillis(300));
		StepVerifier.create(limiter.acquire(limit, "k")).expectComplete().verify(TIMEOUT);
		StepVerifier.create(limiter.acquire(limit, "k")).expectError(RateLimitedException.class).verify(TIMEOUT);

		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> limiter.acquire(limit, "k").thenReturn(true).onErrorReturn(false).block(TIMEOUT));
	}

}
