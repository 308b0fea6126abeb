package io.streamhub.router.server.edge;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.streamhub.router.server.RunningRouter;
import io.streamhub.router.server.TestSubgraphs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus metrics and readiness as an operator scrapes them.
 */
class TelemetryTests {

	private static EdgeRouter edge;

	@org.junit.jupiter.api.BeforeAll
	static void startRouter() {
		edge = EdgeRouter.start();
	}

	@org.junit.jupiter.api.AfterAll
	static void stopRouter() {
		edge.close();
	}

	@Test
	void metricsCountRequestsByOperationAndClientAndSubgraphFetches() {
		edge.post(EdgeRouter.query("query MetricsProbe { users { name posts { title } } }"),
				"apollographql-client-name", "web");
		edge.post(EdgeRouter.query("query MetricsProbe { users { name posts { title } } }"),
				"apollographql-client-name", "web");

		HttpResponse<String> metrics = edge.get("/metrics");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(metrics.body())
			.contains("router_requests_seconds_count{client=\"web\",operation=\"MetricsProbe\",outcome=\"ok\"} 2")
			.contains("router_requests_seconds_bucket{client=\"web\",operation=\"MetricsProbe\",outcome=\"ok\",le=")
			.contains("router_subgraph_requests_seconds_count{outcome=\"ok\",subgraph=\"accounts\"}")
			.contains("router_subgraph_requests_seconds_count{outcome=\"ok\",subgraph=\"posts\"}")
			.contains("router_document_cache_total{result=\"hit\"}")
			.contains("router_plan_cache_size");
	}

	@Test
	void refusalsAreCountedWithTheirCode() {
		edge.post(EdgeRouter.query("query Refused { a: me { id } b: me { id } c: me { id } d: me { id } }"));

		assertThat(edge.get("/metrics").body()).contains(
				"router_requests_seconds_count{client=\"anonymous\",operation=\"Refused\",outcome=\"MAX_ALIASES_EXCEEDED\"} 1");
	}

	@Test
	void readyWhenEverySubgraphAnswers() {
		HttpResponse<String> ready = edge.get("/ready");

		assertThat(ready.statusCode()).isEqualTo(200);
		assertThat(RunningRouter.parse(ready.body()))
			.isEqualTo(Map.of("status", "READY", "subgraphs", Map.of("accounts", "UP", "posts", "UP")));
	}

}
