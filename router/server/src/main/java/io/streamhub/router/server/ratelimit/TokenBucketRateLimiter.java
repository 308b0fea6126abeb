package io.streamhub.router.server.ratelimit;

import java.util.List;
import java.util.Map;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.streamhub.router.server.config.ClientPolicy;
import io.streamhub.router.server.config.RateLimitsProperties;
import io.streamhub.router.server.redis.RouterRedis;
import io.streamhub.router.server.runtime.Rejection;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;

/**
 * Token buckets in Redis, one per (policy, caller), shared by every router instance. One
 * Lua script, atomic on the server, refills the bucket for the time elapsed (Redis's own
 * clock, so instances' clocks do not matter), takes the request's tokens or says how long
 * until enough have accumulated. When Redis fails the request is let through (logged):
 * losing Redis must not take the graph down.
 */
public final class TokenBucketRateLimiter {

	private static final Log logger = LogFactory.getLog(TokenBucketRateLimiter.class);

	private static final String SCRIPT = """
			local capacity = tonumber(ARGV[1])
			local rate = tonumber(ARGV[2])
			local cost = tonumber(ARGV[3])
			local time = redis.call('TIME')
			local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
			local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
			local tokens = tonumber(state[1])
			local ts = tonumber(state[2])
			if tokens == nil or ts == nil then
			  tokens = capacity
			  ts = now
			end
			tokens = math.min(capacity, tokens + math.max(0, now - ts) * rate)
			local allowed = 0
			local wait = 0
			if tokens >= cost then
			  tokens = tokens - cost
			  allowed = 1
			else
			  wait = math.ceil((cost - tokens) / rate)
			end
			redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
			redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + 1000)
			return {allowed, wait}
			""";

	private final RedisReactiveCommands<String, String> redis;

	private final Map<ClientPolicy, RateLimitsProperties.Bucket> buckets;

	private final RateLimitListener listener;

	/**
	 * Creates the limiter.
	 * @param redis the Redis commands
	 * @param buckets the bucket shape per policy (a policy without one is not limited)
	 * @param listener told about each rejection (metrics)
	 */
	public TokenBucketRateLimiter(RedisReactiveCommands<String, String> redis,
			Map<ClientPolicy, RateLimitsProperties.Bucket> buckets, RateLimitListener listener) {
		this.redis = redis;
		this.buckets = Map.copyOf(buckets);
		this.listener = listener;
	}

	/**
	 * Takes {@code cost} tokens from the caller's bucket.
	 * @param policy the caller's policy
	 * @param caller who is calling ({@code key:<hash>}, {@code user:<id>},
	 * {@code ip:<address>})
	 * @param cost tokens to take (the number of operations)
	 * @return completes when allowed; a 429 {@code RATE_LIMITED} {@link Rejection} with
	 * {@code Retry-After} otherwise
	 */
	public Mono<Void> acquire(ClientPolicy policy, String caller, int cost) {
		RateLimitsProperties.Bucket bucket = this.buckets.get(policy);
		if (bucket == null || bucket.getCapacity() <= 0 || bucket.getRefillPerSecond() <= 0) {
			return Mono.empty();
		}
		String key = "router:rl:" + policy.name().toLowerCase(java.util.Locale.ROOT) + ":" + caller;
		return this.redis
			.<List<Object>>eval(SCRIPT, ScriptOutputType.MULTI, new String[] { key },
					Integer.toString(bucket.getCapacity()), Double.toString(bucket.getRefillPerSecond() / 1000.0),
					Integer.toString(cost))
			.next()
			.timeout(RouterRedis.COMMAND_TIMEOUT)
			.onErrorResume((ex) -> {
				logger.warn("Rate limit check failed, letting the request through: " + ex);
				return Mono.empty();
			})
			.flatMap((result) -> verdict(result, policy));
	}

	private Mono<Void> verdict(List<Object> result, ClientPolicy policy) {
		if (((Number) result.get(0)).longValue() == 1) {
			return Mono.empty();
		}
		long waitMillis = ((Number) result.get(1)).longValue();
		long retryAfter = Math.max(1, (waitMillis + 999) / 1000);
		this.listener.rejected(policy);
		return Mono.error(Rejection
			.of(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "Too many requests: retry in " + retryAfter + " s")
			.withExtension("retryAfterSeconds", retryAfter)
			.withHeader("Retry-After", Long.toString(retryAfter)));
	}

	/**
	 * Told about rejections.
	 */
	@FunctionalInterface
	public interface RateLimitListener {

		/**
		 * A request was refused.
		 * @param policy the caller's policy
		 */
		void rejected(ClientPolicy policy);

	}

}
