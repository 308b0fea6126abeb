package io.streamhub.router.server.persisted;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.streamhub.router.server.redis.RouterRedis;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * APQ documents by SHA-256: an in-memory LRU in front of a Redis tier shared by the
 * router instances (keys {@code router:apq:<hash>} with a time to live). Redis failures
 * fall back to memory only.
 */
public final class AutomaticPersistedQueries {

	private static final Log logger = LogFactory.getLog(AutomaticPersistedQueries.class);

	private static final String PREFIX = "router:apq:";

	private final Cache<String, String> local;

	private final @Nullable RedisReactiveCommands<String, String> redis;

	private final Duration redisTtl;

	/**
	 * Creates the store.
	 * @param size documents kept in memory
	 * @param redis the shared tier, or {@code null}
	 * @param redisTtl how long a document lives in Redis
	 */
	public AutomaticPersistedQueries(int size, @Nullable RedisReactiveCommands<String, String> redis,
			Duration redisTtl) {
		this.local = Caffeine.newBuilder().maximumSize(size).build();
		this.redis = redis;
		this.redisTtl = redisTtl;
	}

	/**
	 * Looks a document up.
	 * @param hash the SHA-256
	 * @return the document, empty when unknown
	 */
	public Mono<String> get(String hash) {
		String known = this.local.getIfPresent(hash);
		if (known != null) {
			return Mono.just(known);
		}
		if (this.redis == null) {
			return Mono.empty();
		}
		return this.redis.get(PREFIX + hash)
			.timeout(RouterRedis.COMMAND_TIMEOUT)
			.doOnNext((document) -> this.local.put(hash, document))
			.onErrorResume((ex) -> {
				logger.warn("APQ lookup in Redis failed: " + ex);
				return Mono.empty();
			});
	}

	/**
	 * Registers a document (its hash was checked by the caller).
	 * @param hash the SHA-256
	 * @param document the document
	 * @return completes when stored (Redis failures are logged, not raised)
	 */
	public Mono<Void> put(String hash, String document) {
		this.local.put(hash, document);
		if (this.redis == null) {
			return Mono.empty();
		}
		return this.redis.setex(PREFIX + hash, this.redisTtl.toSeconds(), document)
			.timeout(RouterRedis.COMMAND_TIMEOUT)
			.onErrorResume((ex) -> {
				logger.warn("APQ registration in Redis failed: " + ex);
				return Mono.empty();
			})
			.then();
	}

	/**
	 * Forgets the in-memory tier (tests: proves the Redis tier).
	 */
	public void clearLocal() {
		this.local.invalidateAll();
	}

}
