package io.streamhub.router.conformance.subgraph;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * A custom resolver for one field of one fixture subgraph.
 */
@FunctionalInterface
public interface FieldResolver {

	/**
	 * Resolves the field.
	 * @param source the parent value (for root fields, the root value of
	 * {@code data.json})
	 * @param data the subgraph's live data
	 * @param environment the graphql-java environment (arguments, selection)
	 * @return the value; maps that reference stored records are resolved like data values
	 */
	@Nullable Object resolve(Map<String, Object> source, SubgraphData data, DataFetchingEnvironment environment);

}
