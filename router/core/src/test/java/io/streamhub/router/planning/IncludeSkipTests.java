package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IncludeSkipTests {

	private final DefaultQueryPlanner streamhub = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("streamhub")));

	private String plan(String query) {
		return QueryPlanPrinter.print(this.streamhub.plan(query, null));
	}

	@Test
	void constantSkipRemovesTheFieldAndVariableIncludeBecomesAConditionNode() {
		assertThat(plan("query($c: Boolean!) { me { id username @skip(if: true) videos @include(if: $c) { title } } }"))
			.isEqualTo("""
					QueryPlan {
					  Sequence {
					    Fetch(service: "users") {
					      { me { id __typename } }
					    },
					    Include(if: $c) {
					      Flatten(path: "me") {
					        Fetch(service: "videos") {
					          { ... on User { __typename id } } =>
					          { ... on User { videos @include(if:$c) { title } } }
					        },
					      },
					    },
					  },
					}""");
	}

	@Test
	void rootFieldsSharingAVariableSkipAreOneConditionalFetch() {
		assertThat(plan("query($s: Boolean!) { me @skip(if: $s) { id } video(id: \"1\") { title } }")).isEqualTo("""
				QueryPlan {
				  Parallel {
				    Skip(if: $s) {
				      Fetch(service: "users") {
				        { me @skip(if:$s) { id } }
				      },
				    },
				    Fetch(service: "videos") {
				      { video(id:"1") { title } }
				    },
				  },
				}""");
	}

}
