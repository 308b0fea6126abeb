package io.streamhub.realtime.subscription;

import java.util.List;
import java.util.Map;

/**
 * Where a subscription's results go: a client connection.
 */
public interface SubscriberSink {

	/**
	 * Sends a {@code next} message. Never blocks: a sink that cannot keep up closes its
	 * connection.
	 * @param id the operation id
	 * @param payload the execution result as JSON
	 */
	void next(String id, byte[] payload);

	/**
	 * The headers to resolve events with (the connection's current token).
	 * @return the headers
	 */
	Map<String, List<String>> headers();

}
