package io.streamhub.router.conformance.subgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.streamhub.router.conformance.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * Resolves every field of a fixture subgraph from its {@link SubgraphData}.
 * <p>
 * A field's raw value is, in order: what its custom {@link FieldResolver} returns; for a
 * field with arguments returning stored records, the records whose fields equal the
 * arguments (so {@code product(id: "p1")} needs no code); otherwise the parent map's
 * entry. A map value that names fields of a stored record of its type (a reference such
 * as {@code {"id": "u1"}}) resolves to that record overlaid on it, which is how one
 * record can be shared by many parents.
 */
final class DataDrivenFetcher implements DataFetcher<Object> {

	private final String subgraph;

	private final SubgraphData data;

	private final ResolverRegistry resolvers;

	DataDrivenFetcher(String subgraph, SubgraphData data, ResolverRegistry resolvers) {
		this.subgraph = subgraph;
		this.data = data;
		this.resolvers = resolvers;
	}

	@Override
	public @Nullable Object get(DataFetchingEnvironment environment) {
		Map<String, Object> source = source(environment);
		Object raw = raw(source, environment);
		return resolve(raw, environment.getFieldType(), environment.getGraphQLSchema());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> source(DataFetchingEnvironment environment) {
		Object source = environment.getSource();
		if (source instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		return this.data.root(((GraphQLObjectType) environment.getParentType()).getName());
	}

	private @Nullable Object raw(Map<String, Object> source, DataFetchingEnvironment environment) {
		String parent = ((GraphQLObjectType) environment.getParentType()).getName();
		String field = environment.getFieldDefinition().getName();
		FieldResolver custom = this.resolvers.find(this.subgraph, parent, field);
		if (custom != null) {
			return custom.resolve(source, this.data, environment);
		}
		if (!environment.getArguments().isEmpty() && !source.containsKey(field)) {
			return lookupByArguments(environment);
		}
		return source.get(field);
	}

	private @Nullable Object lookupByArguments(DataFetchingEnvironment environment) {
		GraphQLType fieldType = GraphQLTypeUtil.unwrapNonNull(environment.getFieldType());
		GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(fieldType);
		List<String> types = TypeNames.concreteAndSelf(environment.getGraphQLSchema(), named.getName());
		if (!(fieldType instanceof GraphQLList)) {
			return this.data.find(types, environment.getArguments());
		}
		List<Object> matches = new ArrayList<>();
		for (String type : types) {
			this.data.records(type)
				.stream()
				.filter((record) -> Json.contains(record, environment.getArguments()))
				.forEach(matches::add);
		}
		return matches;
	}

	@SuppressWarnings("unchecked")
	private @Nullable Object resolve(@Nullable Object value, GraphQLType type, GraphQLSchema schema) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
		if (value instanceof List<?> list && unwrapped instanceof GraphQLList listType) {
			List<Object> items = new ArrayList<>();
			list.forEach((item) -> items.add(resolve(item, listType.getWrappedType(), schema)));
			return items;
		}
		if (value instanceof Map<?, ?> map) {
			return resolveReference((Map<String, Object>) map, (GraphQLNamedType) unwrapped, schema);
		}
		return value;
	}

	private Map<String, Object> resolveReference(Map<String, Object> reference, GraphQLNamedType type,
			GraphQLSchema schema) {
		Object typename = reference.get("__typename");
		String typeName = (typename != null) ? typename.toString() : type.getName();
		Map<String, Object> record = this.data.find(TypeNames.concreteAndSelf(schema, typeName), reference);
		return (record != null) ? SubgraphData.merge(reference, record) : reference;
	}

}
