package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeysTests {

	private final DefaultQueryPlanner accounts = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("accounts")));

	@Test
	void unreachableKeyIsObtainedThroughAnIntermediateSubgraph() {
		assertThat(QueryPlanPrinter.print(this.accounts.plan("{ accounts { name plan } }", null))).isEqualTo("""
				QueryPlan {
				  Sequence {
				    Fetch(service: "a") {
				      { accounts { name __typename id } }
				    },
				    Flatten(path: "accounts.@") {
				      Fetch(service: "b") {
				        { ... on Account { __typename id } } =>
				        { ... on Account { email } }
				      },
				    },
				    Flatten(path: "accounts.@") {
				      Fetch(service: "c") {
				        { ... on Account { __typename email } } =>
				        { ... on Account { plan } }
				      },
				    },
				  },
				}""");
	}

	@Test
	void targetIsEnteredWithTheKeyTheCurrentSubgraphHas() {
		assertThat(QueryPlanPrinter.print(this.accounts.plan("{ accounts { email } }", null))).isEqualTo("""
				QueryPlan {
				  Sequence {
				    Fetch(service: "a") {
				      { accounts { __typename id } }
				    },
				    Flatten(path: "accounts.@") {
				      Fetch(service: "b") {
				        { ... on Account { __typename id } } =>
				        { ... on Account { email } }
				      },
				    },
				  },
				}""");
	}

}
