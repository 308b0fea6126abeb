package io.streamhub.platform.events;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.r2dbc.spi.ConnectionFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Events wiring, each part only where its infrastructure exists: with R2DBC an
 * {@link OutboxWriter} and {@link ProcessedEvents}; with Lettuce-based Redis
 * {@link StreamConsumers}; with both, the {@link OutboxRelay} (unless
 * {@code streamhub.outbox.enabled=false}).
 */
@AutoConfiguration(afterName = { "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
		"org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration",
		"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration" })
@EnableConfigurationProperties(OutboxProperties.class)
public class EventsAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ DatabaseClient.class, ConnectionFactory.class })
	@ConditionalOnBean(ConnectionFactory.class)
	static class DatabaseEventsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		OutboxWriter outboxWriter(ObjectProvider<DatabaseClient> databaseClient, ConnectionFactory connectionFactory) {
			return new DefaultOutboxWriter(
					databaseClient.getIfAvailable(() -> DatabaseClient.create(connectionFactory)));
		}

		@Bean
		@ConditionalOnMissingBean
		ProcessedEvents processedEvents(ObjectProvider<DatabaseClient> databaseClient,
				ConnectionFactory connectionFactory) {
			return new DefaultProcessedEvents(
					databaseClient.getIfAvailable(() -> DatabaseClient.create(connectionFactory)));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ LettuceConnectionFactory.class, RedisClient.class })
	@ConditionalOnBean(LettuceConnectionFactory.class)
	static class RedisEventsConfiguration {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		StreamConsumers streamConsumers(LettuceConnectionFactory redis) {
			return new StreamConsumers(() -> connect(redis));
		}

		static StatefulRedisConnection<String, String> connect(LettuceConnectionFactory redis) {
			if (redis.getRequiredNativeClient() instanceof RedisClient client) {
				return client.connect();
			}
			throw new IllegalStateException("Redis streams need a standalone (non-cluster) Redis client");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ DatabaseClient.class, ConnectionFactory.class, LettuceConnectionFactory.class,
			RedisClient.class })
	@ConditionalOnBean({ ConnectionFactory.class, LettuceConnectionFactory.class })
	@ConditionalOnProperty(name = "streamhub.outbox.enabled", matchIfMissing = true)
	static class RelayConfiguration {

		@Bean(destroyMethod = "close")
		StatefulRedisConnection<String, String> outboxRelayRedisConnection(LettuceConnectionFactory redis) {
			return RedisEventsConfiguration.connect(redis);
		}

		@Bean
		@ConditionalOnMissingBean
		OutboxRelay outboxRelay(ConnectionFactory connectionFactory,
				StatefulRedisConnection<String, String> outboxRelayRedisConnection, OutboxProperties properties) {
			return new OutboxRelay(connectionFactory, outboxRelayRedisConnection, properties);
		}

	}

}
