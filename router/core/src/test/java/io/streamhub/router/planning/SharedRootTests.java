package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedRootTests {

	private final DefaultQueryPlanner accounts = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("accounts")));

	private final DefaultQueryPlanner products = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("products")));

	@Test
	void sharedRootFieldGoesToTheSubgraphResolvingMostOfTheSelection() {
		assertThat(QueryPlanPrinter.print(this.products.plan("{ product(upc: \"1\") { inStock name } }", null)))
			.isEqualTo("""
					QueryPlan {
					  Sequence {
					    Fetch(service: "products") {
					      { product(upc:"1") { name __typename upc } }
					    },
					    Flatten(path: "product") {
					      Fetch(service: "inventory") {
					        { ... on Product { __typename upc } } =>
					        { ... on Product { inStock } }
					      },
					    },
					  },
					}""");
	}

	@Test
	void sharedRootFieldAvoidsEntityFetchesWhenOneSubgraphHasEverything() {
		assertThat(QueryPlanPrinter.print(this.accounts.plan("{ account(id: \"1\") { nickname email } }", null)))
			.isEqualTo("""
					QueryPlan {
					  Fetch(service: "b") {
					    { account(id:"1") { nickname email } }
					  },
					}""");
	}

}
