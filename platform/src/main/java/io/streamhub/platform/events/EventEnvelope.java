package io.streamhub.platform.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A domain event as it travels through the outbox and the streams. Its JSON form (see
 * {@link EventJson}) is
 * {@code {"id","type","occurredAt","subject":{"type","id"},"actor","data"}}.
 *
 * @param id unique id; consumers deduplicate by it
 * @param type the event type, e.g. {@code "video.ready"}
 * @param occurredAt when it happened
 * @param subject the entity the event is about
 * @param actor the user who caused it, if any
 * @param data event-specific payload (JSON-compatible values)
 */
public record EventEnvelope(UUID id, String type, Instant occurredAt, Subject subject, @Nullable UUID actor,
		Map<String, Object> data) {

	public EventEnvelope {
		data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
	}

	/**
	 * Create a new event with a random id, occurring now.
	 * @param type the event type
	 * @param subject the entity the event is about
	 * @param actor the user who caused it, if any
	 * @param data the payload
	 * @return the event
	 */
	public static EventEnvelope of(String type, Subject subject, @Nullable UUID actor, Map<String, Object> data) {
		return new EventEnvelope(UUID.randomUUID(), type, Instant.now().truncatedTo(ChronoUnit.MICROS), subject, actor,
				data);
	}

	/**
	 * The entity an event is about.
	 *
	 * @param type the GraphQL type name, e.g. {@code "Video"}
	 * @param id the entity id
	 */
	public record Subject(String type, UUID id) {

	}

}
