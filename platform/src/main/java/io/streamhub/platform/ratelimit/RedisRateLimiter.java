package io.streamhub.platform.ratelimit;

import java.util.List;

import io.streamhub.platform.errors.RateLimitedException;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A fixed-window rate limiter on Redis.
 * <p>
 * Each {@code (limit, key)} pair has a counter at {@code ratelimit:<name>:<key>}. One Lua
 * script, atomic on the Redis server, increments it, starts the window (sets the expiry)
 * on the first increment, and returns the count and the remaining window time; so
 * concurrent callers on any number of instances never exceed {@code permits} per window.
 * A fixed window can let up to twice the permits through around a window boundary; that
 * is accepted for its simplicity (one key, one round trip).
 */
public final class RedisRateLimiter implements RateLimiter {

	private static final RedisScript<List> SCRIPT = RedisScript.of("""
			local count = redis.call('INCR', KEYS[1])
			if count == 1 then
			  redis.call('PEXPIRE', KEYS[1], ARGV[1])
			end
			local ttl = redis.call('PTTL', KEYS[1])
			if ttl < 0 then
			  redis.call('PEXPIRE', KEYS[1], ARGV[1])
			  ttl = tonumber(ARGV[1])
			end
			return {count, ttl}
			""", List.class);

	private final ReactiveStringRedisTemplate redis;

	/**
	 * Create a limiter.
	 * @param redis the Redis template
	 */
	public RedisRateLimiter(ReactiveStringRedisTemplate redis) {
		this.redis = redis;
	}

	@Override
	public Mono<Void> acquire(RateLimit limit, String key) {
		String redisKey = "ratelimit:" + limit.name() + ":" + key;
		String windowMillis = Long.toString(limit.window().toMillis());
		return this.redis.execute(SCRIPT, List.of(redisKey), List.of(windowMillis))
			.next()
			.flatMap((result) -> decide(limit, result));
	}

	private static Mono<Void> decide(RateLimit limit, List<?> result) {
		long count = ((Number) result.get(0)).longValue();
		if (count <= limit.permits()) {
			return Mono.empty();
		}
		long ttlMillis = ((Number) result.get(1)).longValue();
		long retryAfterSeconds = Math.max(1, (ttlMillis + 999) / 1000);
		return Mono.error(new RateLimitedException(retryAfterSeconds));
	}

}
