package io.streamhub.realtime.protocol;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts the open (acknowledged) connections of each signed-in user of this instance.
 */
final class ConnectionLimits {

	private final int maxPerUser;

	private final Map<UUID, Integer> counts = new ConcurrentHashMap<>();

	ConnectionLimits(int maxPerUser) {
		this.maxPerUser = maxPerUser;
	}

	boolean tryAcquire(UUID user) {
		AtomicBoolean acquired = new AtomicBoolean();
		this.counts.compute(user, (key, count) -> {
			int current = (count != null) ? count : 0;
			if (current >= this.maxPerUser) {
				return count;
			}
			acquired.set(true);
			return current + 1;
		});
		return acquired.get();
	}

	void release(UUID user) {
		this.counts.computeIfPresent(user, (key, count) -> (count <= 1) ? null : count - 1);
	}

	int maxPerUser() {
		return this.maxPerUser;
	}

}
