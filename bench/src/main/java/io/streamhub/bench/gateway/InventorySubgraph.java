package io.streamhub.bench.gateway;

import java.util.HashMap;
import java.util.Map;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;

/**
 * The inventory subgraph: extends {@code Product} with {@code inStock} and
 * {@code shippingEstimate}, which {@code @requires} the price and weight owned by
 * products.
 */
final class InventorySubgraph {

	private InventorySubgraph() {
	}

	static GraphQLSchema schema() {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Product",
					(type) -> type.dataFetcher("shippingEstimate",
							(env) -> shippingEstimate(FederatedSchema.source(env.getSource()))))
			.build();
		return FederatedSchema.build("inventory", wiring, InventorySubgraph::resolve);
	}

	private static Object resolve(Map<String, Object> representation) {
		Map<String, Object> product = new HashMap<>(representation);
		product.put("inStock",
				BenchData.product(representation.get("upc")).map(BenchData.Product::inStock).orElse(false));
		return product;
	}

	private static Integer shippingEstimate(Map<String, Object> product) {
		if (!(product.get("price") instanceof Number price) || !(product.get("weight") instanceof Number weight)) {
			return null;
		}
		// free shipping for expensive items, otherwise proportional to the weight
		return (price.intValue() > 1000) ? 0 : weight.intValue() / 2;
	}

}
