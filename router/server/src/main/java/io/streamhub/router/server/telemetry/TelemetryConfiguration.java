package io.streamhub.router.server.telemetry;

import io.streamhub.router.server.config.RouterProperties;
import io.streamhub.router.server.runtime.EngineReference;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /metrics} (Prometheus text format) and {@code GET /ready} (200 when the
 * supergraph is loaded and every subgraph answers, else 503, with each subgraph's state).
 */
@Configuration(proxyBeanMethods = false)
public class TelemetryConfiguration {

	private static final MediaType PROMETHEUS_TEXT = MediaType.parseMediaType("text/plain;version=0.0.4;charset=utf-8");

	@Bean
	RouterMetrics routerMetrics() {
		return new RouterMetrics();
	}

	@Bean
	RouterFunction<ServerResponse> telemetryRoutes(RouterMetrics metrics, ObjectProvider<EngineReference> engines,
			RouterProperties properties) {
		ReadinessHolder readiness = new ReadinessHolder(engines, properties);
		return RouterFunctions.route()
			.GET("/metrics", (request) -> ServerResponse.ok().contentType(PROMETHEUS_TEXT).bodyValue(metrics.scrape()))
			.GET("/ready",
					(request) -> readiness.get()
						.check()
						.flatMap((result) -> ServerResponse
							.status(result.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
							.contentType(MediaType.APPLICATION_JSON)
							.bodyValue(result.toMap())))
			.build();
	}

	/**
	 * Creates the readiness check at the first probe (the engine is built in the
	 * background while the application starts).
	 */
	private static final class ReadinessHolder {

		private final ObjectProvider<EngineReference> engines;

		private final RouterProperties properties;

		private volatile @Nullable Readiness readiness;

		ReadinessHolder(ObjectProvider<EngineReference> engines, RouterProperties properties) {
			this.engines = engines;
			this.properties = properties;
		}

		Readiness get() {
			Readiness readiness = this.readiness;
			if (readiness == null) {
				readiness = new Readiness(this.engines.getObject(),
						this.properties.getTelemetry().getReadinessTimeout(),
						this.properties.getTelemetry().getReadinessCacheTtl());
				this.readiness = readiness;
			}
			return readiness;
		}

	}

}
