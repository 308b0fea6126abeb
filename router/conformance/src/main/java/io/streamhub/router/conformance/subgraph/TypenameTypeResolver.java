package io.streamhub.router.conformance.subgraph;

import java.util.Map;

import graphql.GraphQLException;
import graphql.TypeResolutionEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;

/**
 * Resolves abstract types (and federation's {@code _Entity}) from the {@code __typename}
 * every record and abstract-typed data value carries.
 */
final class TypenameTypeResolver implements TypeResolver {

	@Override
	public GraphQLObjectType getType(TypeResolutionEnvironment environment) {
		Object value = environment.getObject();
		Object typename = (value instanceof Map<?, ?> map) ? map.get("__typename") : null;
		GraphQLObjectType type = (typename != null) ? environment.getSchema().getObjectType(typename.toString()) : null;
		if (type == null) {
			throw new GraphQLException("Fixture value has no known __typename: " + value);
		}
		return type;
	}

}
