package io.streamhub.router.server.edge;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.streamhub.router.server.RunningRouter;
import io.streamhub.router.server.TestSubgraphs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness while a subgraph is down: not ready (503, naming the subgraph), yet live.
 */
class ReadinessTests {

	@Test
	void notReadyWhileASubgraphIsDownButStillLive() {
		try (TestSubgraphs subgraphs = TestSubgraphs.start();
				RunningRouter router = RunningRouter.start(subgraphs,
						"--router.subgraph-urls.posts=http://127.0.0.1:9/graphql")) {
			HttpResponse<String> ready = router.send(HttpRequest.newBuilder(router.uri("/ready")).GET());
			HttpResponse<String> health = router.send(HttpRequest.newBuilder(router.uri("/health")).GET());

			assertThat(ready.statusCode()).isEqualTo(503);
			assertThat(RunningRouter.parse(ready.body()))
				.isEqualTo(Map.of("status", "NOT_READY", "subgraphs", Map.of("accounts", "UP", "posts", "DOWN")));
			assertThat(health.statusCode()).isEqualTo(200);
		}
	}

}
