package io.streamhub.platform.events;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Inserts into {@code outbox} through a {@link DatabaseClient}, which binds to the
 * connection of the current reactive transaction when there is one.
 */
final class DefaultOutboxWriter implements OutboxWriter {

	private final DatabaseClient database;

	DefaultOutboxWriter(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public Mono<Void> append(String stream, EventEnvelope event) {
		return this.database.sql("INSERT INTO outbox (event_id, stream, payload) VALUES (:eventId, :stream, :payload)")
			.bind("eventId", event.id())
			.bind("stream", stream)
			.bind("payload", EventJson.write(event))
			.fetch()
			.rowsUpdated()
			.then();
	}

}
