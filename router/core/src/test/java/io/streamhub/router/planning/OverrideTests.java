package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OverrideTests {

	private final DefaultQueryPlanner accounts = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("accounts")));

	@Test
	void overriddenFieldIsFetchedFromItsNewSubgraph() {
		assertThat(QueryPlanPrinter
			.print(this.accounts.plan("{ item(id: \"1\") { title legacyCode owner { plan } } }", null))).isEqualTo("""
					QueryPlan {
					  Sequence {
					    Fetch(service: "a") {
					      { item(id:"1") { legacyCode owner { __typename id } __typename id } }
					    },
					    Parallel {
					      Flatten(path: "item.owner") {
					        Fetch(service: "b") {
					          { ... on Account { __typename id } } =>
					          { ... on Account { email } }
					        },
					      },
					      Flatten(path: "item") {
					        Fetch(service: "b") {
					          { ... on Item { __typename id } } =>
					          { ... on Item { title } }
					        },
					      },
					    },
					    Flatten(path: "item.owner") {
					      Fetch(service: "c") {
					        { ... on Account { __typename email } } =>
					        { ... on Account { plan } }
					      },
					    },
					  },
					}""");
	}

}
