package io.streamhub.bench.gateway;

import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;

/**
 * The reviews subgraph: owns {@code Review}, adds {@code reviews} to {@code User} and
 * {@code Product}, and provides the author's {@code username} itself.
 */
final class ReviewsSubgraph {

	private ReviewsSubgraph() {
	}

	static GraphQLSchema schema() {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Review",
					(type) -> type.dataFetcher("author", (env) -> author(source(env.getSource(), "authorId")))
						.dataFetcher("product",
								(env) -> Map.of("__typename", "Product", "upc", source(env.getSource(), "productUpc"))))
			.type("User",
					(type) -> type.dataFetcher("reviews",
							(env) -> reviews(BenchData.Review::authorId, source(env.getSource(), "id"))))
			.type("Product",
					(type) -> type.dataFetcher("reviews",
							(env) -> reviews(BenchData.Review::productUpc, source(env.getSource(), "upc"))))
			.build();
		return FederatedSchema.build("reviews", wiring, ReviewsSubgraph::resolve);
	}

	private static Object resolve(Map<String, Object> representation) {
		Object typename = representation.get("__typename");
		if ("Review".equals(typename)) {
			return BenchData.review(representation.get("id")).map(BenchData.Review::toMap).orElse(null);
		}
		if ("User".equals(typename)) {
			return author(String.valueOf(representation.get("id")));
		}
		return Map.of("__typename", "Product", "upc", String.valueOf(representation.get("upc")));
	}

	private static Map<String, Object> author(String id) {
		String username = BenchData.user(id).map(BenchData.User::username).orElse("");
		return Map.of("__typename", "User", "id", id, "username", username);
	}

	private static List<Map<String, Object>> reviews(java.util.function.Function<BenchData.Review, String> key,
			String value) {
		return BenchData.REVIEWS.stream()
			.filter((review) -> key.apply(review).equals(value))
			.map(BenchData.Review::toMap)
			.toList();
	}

	private static String source(Object source, String field) {
		return String.valueOf(FederatedSchema.source(source).get(field));
	}

}
