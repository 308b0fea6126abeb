package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MutationsTests {

	private final DefaultQueryPlanner streamhub = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("streamhub")));

	@Test
	void mutationRootFieldsRunInDocumentOrderEachWithItsEntityFetches() {
		assertThat(QueryPlanPrinter.print(this.streamhub.plan(
				"mutation { rename(name: \"a\") { id } likeVideo(id: \"1\") { commentCount } addComment(videoId: \"1\", text: \"t\") { id } rename2: rename(name: \"b\") { id } }",
				null)))
			.isEqualTo("""
					QueryPlan {
					  Sequence {
					    Fetch(service: "users") {
					      { rename(name:"a") { id } }
					    },
					    Fetch(service: "videos") {
					      { likeVideo(id:"1") { __typename id } }
					    },
					    Flatten(path: "likeVideo") {
					      Fetch(service: "comments") {
					        { ... on Video { __typename id } } =>
					        { ... on Video { commentCount } }
					      },
					    },
					    Fetch(service: "comments") {
					      { addComment(videoId:"1", text:"t") { id } }
					    },
					    Fetch(service: "users") {
					      { rename2: rename(name:"b") { id } }
					    },
					  },
					}""");
	}

}
