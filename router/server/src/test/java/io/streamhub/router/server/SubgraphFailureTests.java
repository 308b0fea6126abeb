package io.streamhub.router.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subgraph that is down costs the client only the fields it serves: the rest of the
 * data comes back, with errors, and the router keeps serving.
 */
class SubgraphFailureTests {

	@Test
	void unreachableSubgraphYieldsPartialDataWithErrorsAndNoStackTrace() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		try (TestSubgraphs subgraphs = TestSubgraphs.start();
				RunningRouter router = RunningRouter.start(subgraphs,
						"--router.subgraph-urls.posts=http://127.0.0.1:" + closedPort + "/graphql")) {
			HttpResponse<String> response = router.post("{\"query\":\"{ users { name posts { title } } }\"}");

			assertThat(response.statusCode()).isEqualTo(200);
			Map<String, Object> body = RunningRouter.parse(response.body());
			assertThat(body).containsKey("errors");
			assertThat(body.get("data")).isInstanceOfSatisfying(Map.class, (data) -> assertThat(data.get("users"))
				.isInstanceOfSatisfying(List.class, (users) -> assertThat(users).hasSize(2)));
			assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception");

			HttpResponse<String> next = router.post("{\"query\":\"{ me { name } }\"}");
			assertThat(RunningRouter.parse(next.body())).isEqualTo(Map.of("data", Map.of("me", Map.of("name", "Ada"))));
		}
	}

}
