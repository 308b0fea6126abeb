package io.streamhub.users.config;

import java.time.Clock;

import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;

import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Infrastructure beans of the users service.
 */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

	/** The PostgreSQL schema this service owns (Flyway migrates into it). */
	static final String SCHEMA = "users";

	private static final int BCRYPT_COST = 12;

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(BCRYPT_COST);
	}

	@Bean
	TransactionalOperator usersTransactionalOperator(ReactiveTransactionManager transactionManager) {
		return TransactionalOperator.create(transactionManager);
	}

	/**
	 * Every R2DBC connection works in the service's own schema, whatever URL it was
	 * given.
	 */
	@Bean
	ConnectionFactoryOptionsBuilderCustomizer usersSchemaCustomizer() {
		return (builder) -> builder.option(PostgresqlConnectionFactoryProvider.SCHEMA, SCHEMA);
	}

}
