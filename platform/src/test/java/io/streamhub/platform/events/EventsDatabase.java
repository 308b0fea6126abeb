package io.streamhub.platform.events;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.streamhub.platform.embedded.EmbeddedPostgres;
import io.streamhub.platform.test.SharedInfrastructure;
import org.flywaydb.core.Flyway;

import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * A fresh database on the shared embedded PostgreSQL, migrated with platform's Flyway
 * scripts.
 */
final class EventsDatabase {

	final ConnectionFactory connectionFactory;

	final DatabaseClient client;

	final TransactionalOperator transactions;

	EventsDatabase() {
		EmbeddedPostgres postgres = SharedInfrastructure.postgres();
		String database = SharedInfrastructure.freshDatabase();
		Flyway.configure()
			.dataSource(postgres.jdbcUrl(database), postgres.username(), postgres.password())
			.locations("classpath:db/platform")
			.load()
			.migrate();
		this.connectionFactory = ConnectionFactories.get(postgres.r2dbcUrl(database)
			.replace("r2dbc:postgresql://",
					"r2dbc:postgresql://" + postgres.username() + ":" + postgres.password() + "@"));
		this.client = DatabaseClient.create(this.connectionFactory);
		this.transactions = TransactionalOperator.create(new R2dbcTransactionManager(this.connectionFactory));
	}

	long count(String sql) {
		return this.client.sql(sql).map((row, metadata) -> row.get(0, Long.class)).one().block();
	}

}
