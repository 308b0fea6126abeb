package io.streamhub.router.conformance.subgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * Serves {@code _entities}: each representation resolves to the stored record of its type
 * (or of one of its object types, for an entity interface) that agrees with it, overlaid
 * on the representation so that {@code @requires} fields reach custom resolvers; an
 * unknown entity resolves to null, in order.
 */
final class EntitiesFetcher implements DataFetcher<List<@Nullable Object>> {

	private final SubgraphData data;

	EntitiesFetcher(SubgraphData data) {
		this.data = data;
	}

	@Override
	public List<@Nullable Object> get(DataFetchingEnvironment environment) {
		List<Map<String, Object>> representations = environment.getArgument("representations");
		List<@Nullable Object> entities = new ArrayList<>();
		for (Map<String, Object> representation : (representations != null) ? representations
				: List.<Map<String, Object>>of()) {
			entities.add(resolve(representation, environment));
		}
		return entities;
	}

	private @Nullable Object resolve(Map<String, Object> representation, DataFetchingEnvironment environment) {
		String typeName = String.valueOf(representation.get("__typename"));
		List<String> types = TypeNames.concreteAndSelf(environment.getGraphQLSchema(), typeName);
		Map<String, Object> record = this.data.findEntity(types, representation);
		if (record != null) {
			return SubgraphData.merge(representation, record);
		}
		return this.data.isOpenEntity(typeName) ? representation : null;
	}

}
