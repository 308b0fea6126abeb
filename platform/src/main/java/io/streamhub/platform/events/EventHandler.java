package io.streamhub.platform.events;

import reactor.core.publisher.Mono;

/**
 * Handles one event from a stream. Completing acknowledges the entry; an error leaves it
 * pending, and it is delivered again (to this or another consumer of the group) until it
 * succeeds or is dead-lettered. Handlers must therefore be idempotent: see
 * {@link ProcessedEvents}.
 */
@FunctionalInterface
public interface EventHandler {

	/**
	 * Handle an event.
	 * @param event the event
	 * @return completion when the event's effects are durable
	 */
	Mono<Void> handle(EventEnvelope event);

}
