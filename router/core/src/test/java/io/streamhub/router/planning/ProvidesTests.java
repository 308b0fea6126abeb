package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProvidesTests {

	private final DefaultQueryPlanner streamhub = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("streamhub")));

	@Test
	void providedExternalFieldNeedsNoEntityFetch() {
		assertThat(QueryPlanPrinter.print(this.streamhub.plan("{ videos { creator { username } } }", null)))
			.isEqualTo("""
					QueryPlan {
					  Fetch(service: "videos") {
					    { videos { creator { username } } }
					  },
					}""");
	}

}
