package io.streamhub.router;

import java.time.Duration;

/**
 * Engine options.
 *
 * @param subgraphTimeout how long one subgraph request may take before it is abandoned
 * @param planCacheSize maximum number of cached query plans
 * @param introspectionEnabled whether {@code __schema} / {@code __type} are answered
 */
public record RouterOptions(Duration subgraphTimeout, int planCacheSize, boolean introspectionEnabled) {

	public RouterOptions {
		if (subgraphTimeout == null || subgraphTimeout.isNegative() || subgraphTimeout.isZero()) {
			throw new IllegalArgumentException("subgraphTimeout must be positive");
		}
		if (planCacheSize < 0) {
			throw new IllegalArgumentException("planCacheSize must be >= 0");
		}
	}

	/**
	 * Defaults: 30 s subgraph timeout, 1000 cached plans, introspection enabled.
	 * @return the default options
	 */
	public static RouterOptions defaults() {
		return new RouterOptions(Duration.ofSeconds(30), 1000, true);
	}

	public RouterOptions withSubgraphTimeout(Duration timeout) {
		return new RouterOptions(timeout, this.planCacheSize, this.introspectionEnabled);
	}

	public RouterOptions withPlanCacheSize(int size) {
		return new RouterOptions(this.subgraphTimeout, size, this.introspectionEnabled);
	}

	public RouterOptions withIntrospectionEnabled(boolean enabled) {
		return new RouterOptions(this.subgraphTimeout, this.planCacheSize, enabled);
	}

}
