package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimpleEntityCallTests {

	private final DefaultQueryPlanner planner = new DefaultQueryPlanner(TestSupergraphs.streamhub());

	private String plan(String query) {
		return QueryPlanPrinter.print(this.planner.plan(query, null));
	}

	@Test
	void singleSubgraphQueryIsOneFetch() {
		assertThat(plan("{ me { id username } }")).isEqualTo("""
				QueryPlan {
				  Fetch(service: "users") {
				    { me { id username } }
				  },
				}""");
	}

	@Test
	void fieldOfAnotherSubgraphIsAnEntityFetchAfterTheRoot() {
		assertThat(plan("{ me { username videos { id title } } }")).isEqualTo("""
				QueryPlan {
				  Sequence {
				    Fetch(service: "users") {
				      { me { username __typename id } }
				    },
				    Flatten(path: "me") {
				      Fetch(service: "videos") {
				        { ... on User { __typename id } } =>
				        { ... on User { videos { id title } } }
				      },
				    },
				  },
				}""");
	}

}
