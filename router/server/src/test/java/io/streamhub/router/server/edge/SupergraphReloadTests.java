package io.streamhub.router.server.edge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import io.streamhub.router.server.RunningRouter;
import io.streamhub.router.server.TestSubgraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The supergraph file is reloaded without a restart: a new field becomes queryable, and a
 * broken file leaves the previous supergraph serving.
 */
class SupergraphReloadTests {

	private static final String FIELD = "\n  \"\"\"A request header this subgraph received (shows header propagation rules).\"\"\"\n"
			+ "  seenHeader(name: String!): String @join__field(graph: POSTS)\n";

	private static final String SEEN_HEADER = "{\"query\":\"{ seenHeader(name: \\\"x-none\\\") }\"}";

	@Test
	void changedSupergraphIsServedWithoutRestartAndABrokenOneIsIgnored(@TempDir Path directory) throws IOException {
		String full = Files.readString(RunningRouter.SUPERGRAPH);
		assertThat(full).contains(FIELD);
		Path file = directory.resolve("supergraph.graphql");
		write(file, full.replace(FIELD, ""));
		try (TestSubgraphs subgraphs = TestSubgraphs.start();
				RunningRouter router = RunningRouter.start(subgraphs, "--router.supergraph=" + file,
						"--router.supergraph-poll-interval=100ms")) {
			assertThat(router.post(SEEN_HEADER).body()).contains("errors");

			write(file, full);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(router.post(SEEN_HEADER).body())
					.isEqualTo("{\"data\":{\"seenHeader\":null}}"));

			write(file, "this is not a supergraph");
			await().atMost(Duration.ofSeconds(30))
				.until(() -> metrics(router).contains("router_supergraph_reloads_total{result=\"failed\"} 1"));
			assertThat(router.post("{\"query\":\"{ seenHeader(name: \\\"x-none\\\") users { name } }\"}").body())
				.isEqualTo("{\"data\":{\"seenHeader\":null,\"users\":[{\"name\":\"Ada\"},{\"name\":\"Alan\"}]}}");
			assertThat(metrics(router)).contains("router_supergraph_reloads_total{result=\"ok\"} 1");
		}
	}

	private static String metrics(RunningRouter router) {
		return router.send(java.net.http.HttpRequest.newBuilder(router.uri("/metrics")).GET()).body();
	}

	private static void write(Path file, String content) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.writeString(temporary, content);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
