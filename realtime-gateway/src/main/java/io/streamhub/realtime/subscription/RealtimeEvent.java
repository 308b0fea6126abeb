package io.streamhub.realtime.subscription;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An event ready for the subscriptions: the topic it is published on, the value of the
 * subscription root field (key fields and realtime-owned fields, with {@code __typename})
 * and the entity whose visibility decides who receives it.
 *
 * @param topic e.g. {@code comments:<videoId>}
 * @param root the root field's value
 * @param region the region of an availability change, used by the {@code region} filter
 * @param guard the entity every receiver must be able to see
 * @param streamId the Redis stream entry id (for logs)
 * @param readAtNanos {@link System#nanoTime()} when the entry was read
 */
public record RealtimeEvent(String topic, Map<String, @Nullable Object> root, @Nullable String region, EntityRef guard,
		String streamId, long readAtNanos) {

	/**
	 * A reference to an entity.
	 *
	 * @param typename the entity type
	 * @param id its id
	 */
	public record EntityRef(String typename, String id) {

	}

}
