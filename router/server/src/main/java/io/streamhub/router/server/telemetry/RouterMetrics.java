package io.streamhub.router.server.telemetry;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.streamhub.router.server.config.ClientPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The router's meters, exposed in the Prometheus text format at {@code /metrics}:
 * <ul>
 * <li>{@code router_requests_seconds} (histogram) by {@code operation}, {@code client},
 * {@code outcome} (an error code, {@code ok} or {@code errors});
 * <li>{@code router_subgraph_requests_seconds} (histogram) by {@code subgraph},
 * {@code outcome} ({@code ok}, {@code http_<status>}, {@code failed});
 * <li>{@code router_rate_limit_rejections_total} by {@code policy};
 * <li>{@code router_document_cache_total} by {@code result} ({@code hit}/{@code miss});
 * <li>{@code router_plan_cache_size};
 * <li>{@code router_supergraph_reloads_total} by {@code result}
 * ({@code ok}/{@code failed}).
 * </ul>
 * Operation names come from clients: at most {@link #MAX_OPERATION_NAMES} distinct names
 * get their own series, the rest count as {@code other}.
 */
public final class RouterMetrics {

	static final int MAX_OPERATION_NAMES = 500;

	private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

	private final Set<String> operationNames = ConcurrentHashMap.newKeySet();

	public RouterMetrics() {
	}

	/**
	 * Registers a gauge.
	 * @param <T> the observed object's type
	 * @param name the meter name
	 * @param object the observed object
	 * @param value reads the value
	 */
	public <T> void gauge(String name, T object, ToDoubleFunction<T> value) {
		Gauge.builder(name, object, value).register(this.registry);
	}

	/**
	 * Records a client request.
	 * @param operationName the operation name, if any
	 * @param client the client name
	 * @param outcome the outcome
	 * @param duration how long it took
	 */
	public void request(@Nullable String operationName, String client, String outcome, Duration duration) {
		Timer.builder("router.requests")
			.tags("operation", operation(operationName), "client", client, "outcome", outcome)
			.publishPercentileHistogram()
			.register(this.registry)
			.record(duration);
	}

	/**
	 * Records a subgraph request.
	 * @param subgraph the subgraph
	 * @param outcome {@code ok}, {@code http_<status>} or {@code failed}
	 * @param duration how long it took
	 */
	public void subgraphRequest(String subgraph, String outcome, Duration duration) {
		Timer.builder("router.subgraph.requests")
			.tags("subgraph", subgraph, "outcome", outcome)
			.publishPercentileHistogram()
			.register(this.registry)
			.record(duration);
	}

	/**
	 * Counts a rate limit rejection.
	 * @param policy the caller's policy
	 */
	public void rateLimited(ClientPolicy policy) {
		Counter.builder("router.rate.limit.rejections")
			.tag("policy", policy.name().toLowerCase(java.util.Locale.ROOT))
			.register(this.registry)
			.increment();
	}

	/**
	 * Counts a lookup in the parsed document cache (what the plan cache sees too).
	 * @param hit whether the document was known
	 */
	public void documentCache(boolean hit) {
		Counter.builder("router.document.cache")
			.tag("result", hit ? "hit" : "miss")
			.register(this.registry)
			.increment();
	}

	/**
	 * Counts a supergraph reload.
	 * @param succeeded whether the new supergraph went into service
	 */
	public void supergraphReload(boolean succeeded) {
		Counter.builder("router.supergraph.reloads")
			.tag("result", succeeded ? "ok" : "failed")
			.register(this.registry)
			.increment();
	}

	/**
	 * The Prometheus text exposition.
	 * @return the scrape
	 */
	public String scrape() {
		return this.registry.scrape();
	}

	private String operation(@Nullable String name) {
		if (name == null || name.isEmpty()) {
			return "anonymous";
		}
		if (this.operationNames.contains(name)) {
			return name;
		}
		if (name.length() > 100 || this.operationNames.size() >= MAX_OPERATION_NAMES) {
			return "other";
		}
		this.operationNames.add(name);
		return name;
	}

}
