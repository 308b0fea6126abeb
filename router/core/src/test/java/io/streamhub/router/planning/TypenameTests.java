package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypenameTests {

	private final DefaultQueryPlanner streamhub = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("streamhub")));

	@Test
	void rootTypenameIsAnsweredByTheRouterAndNestedOnesBySubgraphs() {
		assertThat(QueryPlanPrinter.print(this.streamhub.plan("{ __typename me { __typename id } }", null)))
			.isEqualTo("""
					QueryPlan {
					  Fetch(service: "users") {
					    { me { __typename id } }
					  },
					}""");
	}

}
