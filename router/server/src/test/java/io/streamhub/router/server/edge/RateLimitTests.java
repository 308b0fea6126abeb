package io.streamhub.router.server.edge;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.streamhub.router.server.RunningRouter;
import io.streamhub.router.server.TestSubgraphs;
import io.streamhub.router.server.client.ClientRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token buckets in a real Redis: a client that spends its bucket gets 429 RATE_LIMITED
 * with {@code Retry-After}, other clients keep being served, and the rejections are
 * counted in {@code /metrics}.
 */
class RateLimitTests {

	private static TestSubgraphs subgraphs;

	private static RunningRouter router;

	@BeforeAll
	static void start() {
		subgraphs = TestSubgraphs.start();
		router = RunningRouter.start(subgraphs, "--router.redis-url=" + EdgeRouter.redisUrl(),
				"--router.clients.registered.small.policy=partner",
				"--router.clients.registered.small.api-key-sha256=" + ClientRegistry.sha256("small-key"),
				"--router.clients.registered.other.policy=partner",
				"--router.clients.registered.other.api-key-sha256=" + ClientRegistry.sha256("other-key"),
				"--router.rate-limits.policies.partner.capacity=3",
				"--router.rate-limits.policies.partner.refill-per-second=0.01",
				"--router.clients.registered.web.policy=first-party",
				"--router.rate-limits.policies.first-party.capacity=3",
				"--router.rate-limits.policies.first-party.refill-per-second=0.01",
				"--router.rate-limits.policies.anonymous.capacity=1000",
				"--router.rate-limits.policies.anonymous.refill-per-second=1000");
	}

	@AfterAll
	static void stop() {
		router.close();
		subgraphs.close();
	}

	@Test
	void clientOverItsBucketGets429WithRetryAfterAndOthersAreServed() {
		List<Integer> statuses = new ArrayList<>();
		HttpResponse<String> last = null;
		for (int i = 0; i < 5; i++) {
			last = post("small-key");
			statuses.add(last.statusCode());
		}

		// partners are ids-only: the three allowed requests are refused by policy (400),
		// after the
		// rate limit let them through
		assertThat(statuses).containsExactly(400, 400, 400, 429, 429);
		assertThat(last.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isPositive());
		assertThat(EdgeRouter.firstErrorCode(last)).isEqualTo("RATE_LIMITED");
		assertThat(last.body()).contains("retryAfterSeconds");
		assertThat(post("other-key").statusCode()).isEqualTo(400);
		assertThat(router.post("{\"query\":\"{ me { id } }\"}").statusCode()).isEqualTo(200);
		assertThat(metrics()).contains("router_rate_limit_rejections_total{policy=\"partner\"} 2.0");
	}

	@Test
	void aBatchTakesOneTokenPerOperation() {
		String batch = RunningRouter.json(List.of(Map.of("query", "{ me { id } }"), Map.of("query", "{ me { id } }")));

		HttpResponse<String> first = router.post(batch, "Content-Type", "application/json", "apollographql-client-name",
				"web");
		HttpResponse<String> second = router.post(batch, "Content-Type", "application/json",
				"apollographql-client-name", "web");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).isEqualTo("[{\"data\":{\"me\":{\"id\":\"1\"}}},{\"data\":{\"me\":{\"id\":\"1\"}}}]");
		assertThat(second.statusCode()).isEqualTo(429);
	}

	private static HttpResponse<String> post(String apiKey) {
		return router.post("{\"query\":\"{ me { id } }\"}", "Content-Type", "application/json", "x-api-key", apiKey);
	}

	private static String metrics() {
		return router.send(java.net.http.HttpRequest.newBuilder(router.uri("/metrics")).GET()).body();
	}

}
