package io.streamhub.platform.events;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Remembers which events a consumer has handled, in the service's {@code processed_event}
 * table.
 * <p>
 * Call it INSIDE the handler's transaction, so that the effect and the mark commit
 * together (or not at all); a redelivered event then finds the mark and is skipped:
 * <pre>{@code
 * EventHandler handler = event -> processedEvents.markProcessed("users.notifications", event.id())
 *     .filter(first -> first)
 *     .flatMap(first -> notifications.create(event))   // the effect
 *     .then()
 *     .as(transactionalOperator::transactional);
 * }</pre>
 */
public interface ProcessedEvents {

	/**
	 * Mark an event handled by a consumer.
	 * @param consumer the consumer's name (usually the group)
	 * @param eventId the event id
	 * @return {@code true} the first time, {@code false} if it was already marked
	 */
	Mono<Boolean> markProcessed(String consumer, UUID eventId);

}
