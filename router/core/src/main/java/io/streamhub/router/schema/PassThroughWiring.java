package io.streamhub.router.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.TypeResolver;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import org.jspecify.annotations.Nullable;

/**
 * Wiring for the API schema: custom scalars accept any JSON value (subgraphs own their
 * semantics), abstract types resolve by {@code __typename}.
 */
final class PassThroughWiring implements WiringFactory {

	private PassThroughWiring() {
	}

	static RuntimeWiring runtimeWiring() {
		return RuntimeWiring.newRuntimeWiring().wiringFactory(new PassThroughWiring()).build();
	}

	@Override
	public boolean providesScalar(ScalarWiringEnvironment environment) {
		return !graphql.schema.idl.ScalarInfo.isGraphqlSpecifiedScalar(environment.getScalarTypeDefinition().getName());
	}

	@Override
	public GraphQLScalarType getScalar(ScalarWiringEnvironment environment) {
		return GraphQLScalarType.newScalar()
			.name(environment.getScalarTypeDefinition().getName())
			.definition(environment.getScalarTypeDefinition())
			.coercing(new PassThroughCoercing())
			.build();
	}

	@Override
	public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
		return true;
	}

	@Override
	public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
		return PassThroughWiring::resolveByTypename;
	}

	@Override
	public boolean providesTypeResolver(UnionWiringEnvironment environment) {
		return true;
	}

	@Override
	public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
		return PassThroughWiring::resolveByTypename;
	}

	private static @Nullable GraphQLObjectType resolveByTypename(graphql.TypeResolutionEnvironment environment) {
		Object source = environment.getObject();
		if (source instanceof Map<?, ?> map && map.get("__typename") instanceof String name) {
			return environment.getSchema().getObjectType(name);
		}
		return null;
	}

	private static final class PassThroughCoercing implements Coercing<Object, Object> {

		@Override
		public Object serialize(Object dataFetcherResult, GraphQLContext context, java.util.Locale locale) {
			return dataFetcherResult;
		}

		@Override
		public Object parseValue(Object input, GraphQLContext context, java.util.Locale locale) {
			return input;
		}

		@Override
		public @Nullable Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				java.util.Locale locale) {
			return literal(input, variables);
		}

		private static @Nullable Object literal(Value<?> input, CoercedVariables variables) {
			if (input instanceof StringValue value) {
				return value.getValue();
			}
			if (input instanceof IntValue value) {
				return value.getValue();
			}
			if (input instanceof FloatValue value) {
				return value.getValue();
			}
			if (input instanceof BooleanValue value) {
				return value.isValue();
			}
			if (input instanceof EnumValue value) {
				return value.getName();
			}
			if (input instanceof VariableReference reference) {
				return variables.get(reference.getName());
			}
			if (input instanceof ArrayValue array) {
				List<@Nullable Object> list = new ArrayList<>();
				array.getValues().forEach((value) -> list.add(literal(value, variables)));
				return list;
			}
			if (input instanceof ObjectValue object) {
				Map<String, @Nullable Object> map = new LinkedHashMap<>();
				for (ObjectField field : object.getObjectFields()) {
					map.put(field.getName(), literal(field.getValue(), variables));
				}
				return map;
			}
			return null;
		}

	}

}
