package io.streamhub.router.server.config;

import java.util.EnumMap;
import java.util.Map;

/**
 * Per-client token buckets in Redis ({@code router.rate-limits.*}), keyed by API key,
 * else user, else client IP, with one bucket shape per policy. Off without
 * {@code router.redis-url}.
 */
public class RateLimitsProperties {

	/**
	 * Whether rate limits apply (they also need {@code router.redis-url}).
	 */
	private boolean enabled = true;

	/**
	 * Bucket shape per policy ({@code partner}, {@code first-party}, {@code anonymous}).
	 */
	private Map<ClientPolicy, Bucket> policies = new EnumMap<>(Map.of(ClientPolicy.PARTNER, new Bucket(200, 50),
			ClientPolicy.FIRST_PARTY, new Bucket(400, 200), ClientPolicy.ANONYMOUS, new Bucket(60, 20)));

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Map<ClientPolicy, Bucket> getPolicies() {
		return this.policies;
	}

	public void setPolicies(Map<ClientPolicy, Bucket> policies) {
		this.policies = policies;
	}

	/**
	 * A token bucket: {@code capacity} requests at once, refilled at
	 * {@code refill-per-second}.
	 */
	public static class Bucket {

		/**
		 * Largest burst.
		 */
		private int capacity;

		/**
		 * Sustained requests per second.
		 */
		private double refillPerSecond;

		public Bucket() {
		}

		public Bucket(int capacity, double refillPerSecond) {
			this.capacity = capacity;
			this.refillPerSecond = refillPerSecond;
		}

		public int getCapacity() {
			return this.capacity;
		}

		public void setCapacity(int capacity) {
			this.capacity = capacity;
		}

		public double getRefillPerSecond() {
			return this.refillPerSecond;
		}

		public void setRefillPerSecond(double refillPerSecond) {
			this.refillPerSecond = refillPerSecond;
		}

	}

}
