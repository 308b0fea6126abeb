package io.streamhub.availability.support;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Reads and writes the Redis streams the way the relay and the consumers do (envelope
 * JSON in field {@code event}).
 */
public final class Streams {

	private Streams() {
	}

	/** Every envelope on a stream. */
	public static List<EventEnvelope> read(ReactiveStringRedisTemplate redis, String stream) {
		List<EventEnvelope> events = redis.opsForStream()
			.range(stream, Range.unbounded())
			.map((record) -> EventJson.read(Objects.toString(record.getValue().get("event"))))
			.collectList()
			.block();
		return (events != null) ? events : List.of();
	}

	/** Appends an envelope to a stream. */
	public static void publish(ReactiveStringRedisTemplate redis, String stream, EventEnvelope event) {
		redis.opsForStream().add(stream, Map.of("event", EventJson.write(event))).block();
	}

}
