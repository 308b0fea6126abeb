package io.streamhub.platform.events;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * {@code INSERT ... ON CONFLICT DO NOTHING} on {@code processed_event}: one row inserted
 * means first time.
 */
final class DefaultProcessedEvents implements ProcessedEvents {

	private final DatabaseClient database;

	DefaultProcessedEvents(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public Mono<Boolean> markProcessed(String consumer, UUID eventId) {
		return this.database
			.sql("INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :eventId) ON CONFLICT DO NOTHING")
			.bind("consumer", consumer)
			.bind("eventId", eventId)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 1);
	}

}
