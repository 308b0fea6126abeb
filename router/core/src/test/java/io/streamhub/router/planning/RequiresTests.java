package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequiresTests {

	private final DefaultQueryPlanner products = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("products")));

	@Test
	void requiresFieldsAreFetchedFromTheOwnerFirstAndSentInTheRepresentation() {
		assertThat(QueryPlanPrinter.print(this.products.plan("{ products { name shippingEstimate } }", null)))
			.isEqualTo("""
					QueryPlan {
					  Sequence {
					    Fetch(service: "products") {
					      { products { name __typename upc price weight } }
					    },
					    Flatten(path: "products.@") {
					      Fetch(service: "inventory") {
					        { ... on Product { __typename upc price weight } } =>
					        { ... on Product { shippingEstimate } }
					      },
					    },
					  },
					}""");
	}

	@Test
	void requiresOfRequiresChainsThreeSteps() {
		assertThat(QueryPlanPrinter.print(this.products.plan("{ products { deliveryLabel(zone: \"eu\") } }", null)))
			.isEqualTo("""
					QueryPlan {
					  Sequence {
					    Fetch(service: "products") {
					      { products { __typename upc price weight } }
					    },
					    Flatten(path: "products.@") {
					      Fetch(service: "inventory") {
					        { ... on Product { __typename upc price weight } } =>
					        { ... on Product { shippingEstimate } }
					      },
					    },
					    Flatten(path: "products.@") {
					      Fetch(service: "shipping") {
					        { ... on Product { __typename upc shippingEstimate } } =>
					        { ... on Product { deliveryLabel(zone:"eu") } }
					      },
					    },
					  },
					}""");
	}

	@Test
	void requiresWithNestedSelectionAndIndependentFetchRunInParallel() {
		assertThat(QueryPlanPrinter.print(this.products.plan("{ products { packaging inStock } }", null))).isEqualTo("""
				QueryPlan {
				  Sequence {
				    Fetch(service: "products") {
				      { products { __typename upc dimensions { size unit } } }
				    },
				    Parallel {
				      Flatten(path: "products.@") {
				        Fetch(service: "inventory") {
				          { ... on Product { __typename upc } } =>
				          { ... on Product { inStock } }
				        },
				      },
				      Flatten(path: "products.@") {
				        Fetch(service: "shipping") {
				          { ... on Product { __typename upc dimensions { size unit } } } =>
				          { ... on Product { packaging } }
				        },
				      },
				    },
				  },
				}""");
	}

}
