package io.streamhub.router.server;

import java.nio.file.Files;
import java.nio.file.Path;

import io.streamhub.router.server.runtime.EngineReference;
import io.streamhub.router.supergraph.SubgraphInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Where the router takes its supergraph from, and how it refuses to start without a
 * usable one.
 */
class SupergraphStartTests {

	@Test
	void composesARoverSupergraphYamlAtStartWithUrlOverrides(@TempDir Path directory) throws Exception {
		for (String name : new String[] { "accounts", "posts" }) {
			Files.copy(RunningRouter.resource("/subgraphs/" + name + ".graphqls"),
					directory.resolve(name + ".graphqls"));
		}
		Path yaml = directory.resolve("supergraph.yaml");
		Files.writeString(yaml, """
				federation_version: =2.9.0
				subgraphs:
				  accounts:
				    routing_url: http://localhost:4001/graphql
				    schema:
				      file: ./accounts.graphqls
				  posts:
				    routing_url: http://localhost:4002/graphql
				    schema:
				      file: ./posts.graphqls
				""");

		try (ConfigurableApplicationContext context = RouterApplication.application()
			.run("--server.port=0", "--router.supergraph=" + yaml,
					"--router.subgraph-urls.posts=http://127.0.0.1:9/graphql")) {
			assertThat(context.getBean(EngineReference.class).current().supergraph().subgraphs())
				.extracting(SubgraphInfo::name, (subgraph) -> subgraph.url().toString())
				.containsExactlyInAnyOrder(
						org.assertj.core.groups.Tuple.tuple("accounts", "http://localhost:4001/graphql"),
						org.assertj.core.groups.Tuple.tuple("posts", "http://127.0.0.1:9/graphql"));
		}
	}

	@Test
	void refusesToStartWithoutASupergraphNamingTheSetting(@TempDir Path directory) {
		Path missing = directory.resolve("nowhere.graphql");

		assertThatException()
			.isThrownBy(() -> RouterApplication.application().run("--server.port=0", "--router.supergraph=" + missing))
			.satisfies((ex) -> assertThat(rootMessage(ex)).contains("router.supergraph").contains("nowhere.graphql"));
	}

	@Test
	void refusesAUrlOverrideForAnUnknownSubgraph() {
		assertThatException()
			.isThrownBy(() -> RouterApplication.application()
				.run("--server.port=0", "--router.supergraph=" + RunningRouter.SUPERGRAPH,
						"--router.subgraph-urls.videos=http://127.0.0.1:9/graphql"))
			.satisfies((ex) -> assertThat(rootMessage(ex)).contains("router.subgraph-urls.videos"));
	}

	private static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

}
