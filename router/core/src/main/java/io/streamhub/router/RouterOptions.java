package io.streamhub.router;

import java.time.Duration;
import java.util.Map;

/**
 * Engine options.
 *
 * @param subgraphTimeout how long one subgraph request may take before it is abandoned
 * @param planCacheSize maximum number of cached query plans (0 disables the cache)
 * @param introspectionEnabled whether {@code __schema} / {@code __type} are answered
 * @param subgraphTimeouts per-subgraph timeouts overriding {@code subgraphTimeout}, by
 * subgraph name
 */
public record RouterOptions(Duration subgraphTimeout, int planCacheSize, boolean introspectionEnabled,
		Map<String, Duration> subgraphTimeouts) {

	public RouterOptions {
		requirePositive(subgraphTimeout, "subgraphTimeout");
		if (planCacheSize < 0) {
			throw new IllegalArgumentException("planCacheSize must be >= 0");
		}
		subgraphTimeouts = (subgraphTimeouts != null) ? Map.copyOf(subgraphTimeouts) : Map.of();
		subgraphTimeouts.forEach((name, timeout) -> requirePositive(timeout, "subgraphTimeouts." + name));
	}

	public RouterOptions(Duration subgraphTimeout, int planCacheSize, boolean introspectionEnabled) {
		this(subgraphTimeout, planCacheSize, introspectionEnabled, Map.of());
	}

	private static void requirePositive(Duration timeout, String name) {
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException(name + " must be positive");
		}
	}

	/**
	 * Defaults: 30 s subgraph timeout, 1000 cached plans, introspection enabled.
	 * @return the default options
	 */
	public static RouterOptions defaults() {
		return new RouterOptions(Duration.ofSeconds(30), 1000, true);
	}

	/**
	 * The timeout of one subgraph.
	 * @param subgraph the subgraph name
	 * @return its override, else the default timeout
	 */
	public Duration timeoutFor(String subgraph) {
		return this.subgraphTimeouts.getOrDefault(subgraph, this.subgraphTimeout);
	}

	public RouterOptions withSubgraphTimeout(Duration timeout) {
		return new RouterOptions(timeout, this.planCacheSize, this.introspectionEnabled, this.subgraphTimeouts);
	}

	public RouterOptions withSubgraphTimeouts(Map<String, Duration> timeouts) {
		return new RouterOptions(this.subgraphTimeout, this.planCacheSize, this.introspectionEnabled, timeouts);
	}

	public RouterOptions withPlanCacheSize(int size) {
		return new RouterOptions(this.subgraphTimeout, size, this.introspectionEnabled, this.subgraphTimeouts);
	}

	public RouterOptions withIntrospectionEnabled(boolean enabled) {
		return new RouterOptions(this.subgraphTimeout, this.planCacheSize, enabled, this.subgraphTimeouts);
	}

}
