package io.streamhub.router.planning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.streamhub.router.composition.Composer;
import io.streamhub.router.composition.SubgraphSource;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own subgraph schemas (schema/*.graphqls), composed, read and planned: a
 * query that spans videos, comments and users needs one fetch per subgraph, in three
 * steps.
 */
class StreamhubSchemaPlanningTests {

	private static SubgraphSource source(String name, int port) throws Exception {
		Path file = Path.of("../../schema", name + ".graphqls");
		return new SubgraphSource(name, "http://localhost:" + port + "/graphql", Files.readString(file));
	}

	@Test
	void videoPageQuerySpansThreeSubgraphsInThreeSteps() throws Exception {
		Supergraph supergraph = Supergraph
			.parse(Composer.compose(List.of(source("users", 4001), source("videos", 4002), source("comments", 4003))));
		String plan = QueryPlanPrinter.print(new DefaultQueryPlanner(supergraph).plan("""
				query Page($id: ID!) {
				  video(id: $id) {
				    title
				    commentCount
				    comments(first: 10) { edges { node { body author { id username } } } }
				  }
				}""", "Page"));
		assertThat(plan).startsWith("QueryPlan {\n  Sequence {\n    Fetch(service: \"videos\")")
			.contains("Flatten(path: \"video\")")
			.contains("Fetch(service: \"comments\")")
			.contains(
					"{ ... on Video { commentCount comments(first:10) { edges { node { body author { id __typename } } } } } }")
			.contains("Flatten(path: \"video.comments.edges.@.node.author\")")
			.contains("Fetch(service: \"users\")");
		assertThat(supergraph.apiSchemaSdl()).contains("type Video").doesNotContain("join__");
	}

}
