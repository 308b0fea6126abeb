package io.streamhub.platform.events;

import java.util.Map;

import io.lettuce.core.XAddArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import reactor.core.publisher.Mono;

/**
 * XADD with the field {@code event}, trimming the stream approximately to a maximum
 * length.
 */
final class LettuceStreamPublisher implements StreamPublisher {

	static final String EVENT_FIELD = "event";

	private final StatefulRedisConnection<String, String> connection;

	private final long maxLength;

	LettuceStreamPublisher(StatefulRedisConnection<String, String> connection, long maxLength) {
		this.connection = connection;
		this.maxLength = maxLength;
	}

	@Override
	public Mono<String> publish(String stream, String eventJson) {
		XAddArgs args = new XAddArgs();
		if (this.maxLength > 0) {
			args.maxlen(this.maxLength).approximateTrimming();
		}
		return this.connection.reactive().xadd(stream, args, Map.of(EVENT_FIELD, eventJson));
	}

}
