package io.streamhub.router.server.config;

import java.time.Duration;

/**
 * Metrics, logs and readiness ({@code router.telemetry.*}).
 */
public class TelemetryProperties {

	/**
	 * Whether each request is logged (one structured line with request id, client,
	 * operation, status and duration).
	 */
	private boolean accessLog = false;

	/**
	 * How long a readiness probe of the subgraphs is reused.
	 */
	private Duration readinessCacheTtl = Duration.ofSeconds(5);

	/**
	 * How long one subgraph may take to answer the readiness probe.
	 */
	private Duration readinessTimeout = Duration.ofSeconds(2);

	public boolean isAccessLog() {
		return this.accessLog;
	}

	public void setAccessLog(boolean accessLog) {
		this.accessLog = accessLog;
	}

	public Duration getReadinessCacheTtl() {
		return this.readinessCacheTtl;
	}

	public void setReadinessCacheTtl(Duration readinessCacheTtl) {
		this.readinessCacheTtl = readinessCacheTtl;
	}

	public Duration getReadinessTimeout() {
		return this.readinessTimeout;
	}

	public void setReadinessTimeout(Duration readinessTimeout) {
		this.readinessTimeout = readinessTimeout;
	}

}
