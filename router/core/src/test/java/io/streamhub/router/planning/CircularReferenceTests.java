package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CircularReferenceTests {

	private final DefaultQueryPlanner streamhub = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("streamhub")));

	@Test
	void circularReferencesFollowTheOperationDepth() {
		assertThat(QueryPlanPrinter.print(this.streamhub
			.plan("{ videos { watchTimeLabel creator { videos { comments { author { username } } } } } }", null)))
			.isEqualTo("""
					QueryPlan {
					  Sequence {
					    Fetch(service: "videos") {
					      { videos { creator { videos { __typename id } } __typename id durationSeconds } }
					    },
					    Parallel {
					      Flatten(path: "videos.@.creator.videos.@") {
					        Fetch(service: "comments") {
					          { ... on Video { __typename id } } =>
					          { ... on Video { comments { author { __typename id } } } }
					        },
					      },
					      Flatten(path: "videos.@") {
					        Fetch(service: "comments") {
					          { ... on Video { __typename id durationSeconds } } =>
					          { ... on Video { watchTimeLabel } }
					        },
					      },
					    },
					    Flatten(path: "videos.@.creator.videos.@.comments.@.author") {
					      Fetch(service: "users") {
					        { ... on User { __typename id } } =>
					        { ... on User { username } }
					      },
					    },
					  },
					}""");
	}

}
