package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IncludeSkipTests {

	private final DefaultQueryPlanner streamhub = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("streamhub")));

	@Test
	void constantSkipRemovesTheFieldAndVariableIncludeIsForwarded() {
		assertThat(QueryPlanPrinter.print(this.streamhub.plan(
				"query($c: Boolean!) { me { id username @skip(if: true) videos @include(if: $c) { title } } }", null)))
			.isEqualTo("""
					QueryPlan {
					  Sequence {
					    Fetch(service: "users") {
					      { me { id __typename } }
					    },
					    Flatten(path: "me") {
					      Fetch(service: "videos") {
					        { ... on User { __typename id } } =>
					        { ... on User { videos @include(if:$c) { title } } }
					      },
					    },
					  },
					}""");
	}

}
