package io.streamhub.availability.config;

import java.time.Clock;

import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;

import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Infrastructure beans of the availability service.
 */
@Configuration(proxyBeanMethods = false)
class AvailabilityConfiguration {

	/** The PostgreSQL schema this service owns (Flyway migrates into it). */
	static final String SCHEMA = "availability";

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	TransactionalOperator availabilityTransactionalOperator(ReactiveTransactionManager transactionManager) {
		return TransactionalOperator.create(transactionManager);
	}

	/**
	 * Every R2DBC connection works in the service's own schema, whatever URL it was
	 * given.
	 */
	@Bean
	ConnectionFactoryOptionsBuilderCustomizer availabilitySchemaCustomizer() {
		return (builder) -> builder.option(PostgresqlConnectionFactoryProvider.SCHEMA, SCHEMA);
	}

}
