package io.streamhub.bench.gateway;

import java.util.Map;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;

/**
 * The accounts subgraph: owns {@code User} and the {@code me}, {@code user},
 * {@code users} roots.
 */
final class AccountsSubgraph {

	private AccountsSubgraph() {
	}

	static GraphQLSchema schema() {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query",
					(type) -> type.dataFetcher("me", (env) -> BenchData.USERS.get(0).toMap())
						.dataFetcher("user",
								(env) -> BenchData.user(env.getArgument("id")).map(BenchData.User::toMap).orElse(null))
						.dataFetcher("users", (env) -> BenchData.USERS.stream().map(BenchData.User::toMap).toList()))
			.build();
		return FederatedSchema.build("accounts", wiring, AccountsSubgraph::resolve);
	}

	private static Object resolve(Map<String, Object> representation) {
		return BenchData.user(representation.get("id")).map(BenchData.User::toMap).orElse(null);
	}

}
