package io.streamhub.router.planning;

import java.util.List;

import io.streamhub.router.composition.Composer;
import io.streamhub.router.composition.SubgraphSource;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inline subgraph SDL, composed by router/composition, then planned: the router reads
 * what our own composition writes.
 */
class ComposedSupergraphTests {

	private static final String LINK = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", "
			+ "import: [\"@key\", \"@external\", \"@requires\", \"@provides\", \"@shareable\"])\n";

	private static Supergraph compose() throws Exception {
		String reviews = LINK
				+ """
						type Query { topReviews: [Review!]! }
						type Review @key(fields: "id") { id: ID! body: String! author: User! @provides(fields: "username") product: Product! }
						type User @key(fields: "id") { id: ID! username: String! @external reviews: [Review!]! }
						type Product @key(fields: "upc") { upc: String! reviews: [Review!]! }
						""";
		String accounts = LINK + """
				type Query { me: User }
				type User @key(fields: "id") { id: ID! username: String! @shareable name: String }
				""";
		String products = LINK + """
				type Query { topProducts(first: Int = 5): [Product!]! }
				type Product @key(fields: "upc") { upc: String! name: String! price: Int weight: Int }
				""";
		String inventory = LINK + """
				type Product @key(fields: "upc") {
				  upc: String! price: Int @external weight: Int @external
				  inStock: Boolean shippingEstimate: Int @requires(fields: "price weight")
				}
				""";
		return Supergraph
			.parse(Composer.compose(List.of(new SubgraphSource("accounts", "http://accounts/graphql", accounts),
					new SubgraphSource("inventory", "http://inventory/graphql", inventory),
					new SubgraphSource("products", "http://products/graphql", products),
					new SubgraphSource("reviews", "http://reviews/graphql", reviews))));
	}

	@Test
	void composedSupergraphPlansProvidesRequiresAndEntityJumps() throws Exception {
		DefaultQueryPlanner planner = new DefaultQueryPlanner(compose());
		String plan = QueryPlanPrinter.print(planner.plan("""
				{ topProducts { name shippingEstimate reviews { body author { username name } } } }""", null));
		assertThat(plan).isEqualTo("""
				QueryPlan {
				  Sequence {
				    Fetch(service: "products") {
				      { topProducts { name __typename upc price weight } }
				    },
				    Parallel {
				      Flatten(path: "topProducts.@") {
				        Fetch(service: "inventory") {
				          { ... on Product { __typename upc price weight } } =>
				          { ... on Product { shippingEstimate } }
				        },
				      },
				      Flatten(path: "topProducts.@") {
				        Fetch(service: "reviews") {
				          { ... on Product { __typename upc } } =>
				          { ... on Product { reviews { body author { username __typename id } } } }
				        },
				      },
				    },
				    Flatten(path: "topProducts.@.reviews.@.author") {
				      Fetch(service: "accounts") {
				        { ... on User { __typename id } } =>
				        { ... on User { name } }
				      },
				    },
				  },
				}""");
	}

}
