package io.streamhub.router.conformance.subgraph;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;

/**
 * Where records of a type may be filed: under the type itself and, for an abstract type,
 * under each of its object types.
 */
final class TypeNames {

	private TypeNames() {
	}

	static List<String> concreteAndSelf(GraphQLSchema schema, String typeName) {
		List<String> names = new ArrayList<>();
		names.add(typeName);
		graphql.schema.GraphQLType type = schema.getType(typeName);
		if (type instanceof GraphQLInterfaceType face) {
			schema.getImplementations(face).stream().map(GraphQLObjectType::getName).forEach(names::add);
		}
		if (type instanceof GraphQLUnionType union) {
			union.getTypes().stream().map(GraphQLNamedType::getName).forEach(names::add);
		}
		return names;
	}

}
