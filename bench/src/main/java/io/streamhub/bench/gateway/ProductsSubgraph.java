package io.streamhub.bench.gateway;

import java.util.Map;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;

/**
 * The products subgraph: owns {@code Product} (keyed by {@code upc}) and
 * {@code topProducts}.
 */
final class ProductsSubgraph {

	private ProductsSubgraph() {
	}

	static GraphQLSchema schema() {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", (type) -> type.dataFetcher("topProducts", (env) -> {
				int first = env.getArgumentOrDefault("first", 5);
				return BenchData.PRODUCTS.stream().limit(Math.max(first, 0)).map(BenchData.Product::toMap).toList();
			}))
			.build();
		return FederatedSchema.build("products", wiring, ProductsSubgraph::resolve);
	}

	private static Object resolve(Map<String, Object> representation) {
		return BenchData.product(representation.get("upc")).map(BenchData.Product::toMap).orElse(null);
	}

}
