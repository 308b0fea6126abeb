package io.streamhub.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;

import redis.embedded.RedisServer;

/**
 * A Redis server (the binary shipped by {@code com.github.codemonstur:embedded-redis}) on
 * a free port of 127.0.0.1, without persistence.
 */
public final class EmbeddedRedis implements AutoCloseable {

	private final RedisServer server;

	private final int port;

	private EmbeddedRedis(RedisServer server, int port) {
		this.server = server;
		this.port = port;
		Runtime.getRuntime().addShutdownHook(new Thread(this::close, "embedded-redis-shutdown"));
	}

	/**
	 * Start a server on a free port.
	 * @return the running server
	 */
	public static EmbeddedRedis start() {
		int port = FreePorts.next();
		try {
			RedisServer server = RedisServer.newRedisServer()
				.port(port)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.onShutdownForceStop(true)
				.build();
			server.start();
			return new EmbeddedRedis(server, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded Redis did not start", ex);
		}
	}

	/**
	 * The host.
	 * @return {@code 127.0.0.1}
	 */
	public String host() {
		return "127.0.0.1";
	}

	/**
	 * The port.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * A Redis URI.
	 * @return e.g. {@code redis://127.0.0.1:6379}
	 */
	public String uri() {
		return "redis://" + host() + ":" + this.port;
	}

	@Override
	public synchronized void close() {
		try {
			if (this.server.isActive()) {
				this.server.stop();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
