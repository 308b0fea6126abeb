package io.streamhub.router.server.redis;

import java.net.URI;
import java.time.Duration;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.lettuce.core.resource.ClientResources;

/**
 * One Lettuce connection (non-blocking, multiplexed) shared by the features that use
 * Redis. Commands on the request path carry {@link #COMMAND_TIMEOUT}: Redis trouble
 * degrades a feature, it never stalls requests.
 */
public final class RouterRedis implements AutoCloseable {

	/** The longest a request waits for Redis. */
	public static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);

	private final ClientResources resources;

	private final RedisClient client;

	private final StatefulRedisConnection<String, String> connection;

	private RouterRedis(ClientResources resources, RedisClient client,
			StatefulRedisConnection<String, String> connection) {
		this.resources = resources;
		this.client = client;
		this.connection = connection;
	}

	/**
	 * Connects.
	 * @param url e.g. {@code redis://localhost:6379}
	 * @return the connection
	 * @throws IllegalStateException when Redis cannot be reached (naming the setting)
	 */
	public static RouterRedis connect(URI url) {
		ClientResources resources = ClientResources.builder().ioThreadPoolSize(1).computationThreadPoolSize(1).build();
		RedisClient client = RedisClient.create(resources, url.toString());
		try {
			return new RouterRedis(resources, client, client.connect());
		}
		catch (RedisConnectionException ex) {
			client.shutdown();
			resources.shutdown();
			throw new IllegalStateException("router.redis-url: cannot connect to " + url, ex);
		}
	}

	public RedisReactiveCommands<String, String> commands() {
		return this.connection.reactive();
	}

	@Override
	public void close() {
		this.connection.close();
		this.client.shutdown();
		this.resources.shutdown();
	}

}
