package io.streamhub.media.health;

import io.lettuce.core.api.StatefulRedisConnection;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP when Redis answers PING and reports the jobs stream's length.
 */
public class RedisHealthIndicator extends AbstractHealthIndicator {

	private final StatefulRedisConnection<String, String> connection;

	private final String stream;

	public RedisHealthIndicator(StatefulRedisConnection<String, String> connection, String stream) {
		this.connection = connection;
		this.stream = stream;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		String pong = this.connection.sync().ping();
		builder.up().withDetail("ping", pong).withDetail("jobs", this.connection.sync().xlen(this.stream));
	}

}
