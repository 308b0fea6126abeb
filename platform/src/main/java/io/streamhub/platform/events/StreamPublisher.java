package io.streamhub.platform.events;

import reactor.core.publisher.Mono;

/**
 * Appends one envelope to a stream (XADD). A seam so tests can crash the relay right
 * after a publish.
 */
interface StreamPublisher {

	/**
	 * Append to a stream.
	 * @param stream the stream
	 * @param eventJson the envelope JSON, stored in the entry's {@code event} field
	 * @return the entry id
	 */
	Mono<String> publish(String stream, String eventJson);

}
