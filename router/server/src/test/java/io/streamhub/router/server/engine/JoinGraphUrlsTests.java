package io.streamhub.router.server.engine;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JoinGraphUrlsTests {

	private static final String SUPERGRAPH = """
			enum join__Graph {
			  ACCOUNTS @join__graph(name: "accounts", url: "http://localhost:4001/graphql")
			  POSTS @join__graph(name: "posts", url: "http://localhost:4002/graphql")
			}
			""";

	@Test
	void replacesOnlyTheNamedSubgraphsUrl() {
		String result = JoinGraphUrls.override(SUPERGRAPH,
				Map.of("posts", URI.create("http://127.0.0.1:9999/graphql")));

		assertThat(result).contains("@join__graph(name: \"accounts\", url: \"http://localhost:4001/graphql\")")
			.contains("@join__graph(name: \"posts\", url: \"http://127.0.0.1:9999/graphql\")")
			.doesNotContain("localhost:4002");
	}

	@Test
	void overrideOfAnUnknownSubgraphNamesIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JoinGraphUrls.override(SUPERGRAPH, Map.of("videos", URI.create("http://x/graphql"))))
			.withMessageContaining("router.subgraph-urls.videos");
	}

	@Test
	void withoutOverridesTheSupergraphIsUnchanged() {
		assertThat(JoinGraphUrls.override(SUPERGRAPH, Map.of())).isSameAs(SUPERGRAPH);
	}

}
