package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InterfaceObjectTests {

	private final DefaultQueryPlanner planner = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("interfaceobject")));

	@Test
	void fieldsOfAnInterfaceObjectAreFetchedWithTheInterfaceAsTypename() {
		assertThat(QueryPlanPrinter.print(this.planner.plan("{ items { __typename name desc ... on X { x } } }", null)))
			.isEqualTo("""
					QueryPlan {
					  Sequence {
					    Fetch(service: "a") {
					      { items { __typename ... on X { __typename name x id } ... on Y { __typename name id } } }
					    },
					    Flatten(path: "items.@") {
					      Fetch(service: "b") {
					        { ... on X { __typename id } ... on Y { __typename id } } =>
					        { ... on I { desc } }
					      },
					    },
					  },
					}""");
	}

}
