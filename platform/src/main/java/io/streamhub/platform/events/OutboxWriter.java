package io.streamhub.platform.events;

import reactor.core.publisher.Mono;

/**
 * Writes events to the service's {@code outbox} table, inside the caller's reactive
 * transaction, so that an event is published if and only if the change it describes
 * commits.
 * <p>
 * Use it from a method running in a transaction ({@code @Transactional} or
 * {@code TransactionalOperator}): <pre>{@code
 * return repository.save(video)
 *     .flatMap(saved -> outbox.append(Streams.events("videos"),
 *             EventEnvelope.of("video.created", new Subject("Video", saved.id()), actor, Map.of())))
 *     .as(transactionalOperator::transactional);
 * }</pre>
 */
public interface OutboxWriter {

	/**
	 * Append an event for a stream.
	 * @param stream the target stream, e.g. {@code Streams.events("videos")} or
	 * {@code "jobs:transcode"}
	 * @param event the event
	 * @return completion once the row is inserted (visible to the relay after commit)
	 */
	Mono<Void> append(String stream, EventEnvelope event);

}
