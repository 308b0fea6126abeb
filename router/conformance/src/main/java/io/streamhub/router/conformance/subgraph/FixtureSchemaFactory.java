package io.streamhub.router.conformance.subgraph;

import java.util.List;

import com.apollographql.federation.graphqljava.Federation;
import graphql.GraphQL;
import graphql.language.AstPrinter;
import graphql.language.Node;
import graphql.language.ScalarTypeDefinition;
import graphql.schema.Coercing;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import graphql.schema.TypeResolver;

/**
 * Builds the executable schema of a fixture subgraph: its SDL made federated by
 * federation-jvm ({@code _service}, {@code _entities}), every field on
 * {@link DataDrivenFetcher}, every abstract type on {@link TypenameTypeResolver}, and
 * custom scalars passed through as JSON.
 */
final class FixtureSchemaFactory {

	private static final List<String> FEDERATION_SCALAR_MARKERS = List.of("FieldSet", "link__", "federation__", "_Any",
			"policy", "Scope", "Policy", "ContextFieldValue");

	private FixtureSchemaFactory() {
	}

	static GraphQL create(String subgraph, String sdl, SubgraphData data, ResolverRegistry resolvers) {
		TypeDefinitionRegistry registry = OrphanExtensions.promote(new SchemaParser().parse(sdl));
		TypeResolver typeResolver = new TypenameTypeResolver();
		DataFetcher<Object> fetcher = new DataDrivenFetcher(subgraph, data, resolvers);
		RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
			.wiringFactory(new Wiring(fetcher, typeResolver));
		registry.getTypes(ScalarTypeDefinition.class)
			.stream()
			.map(ScalarTypeDefinition::getName)
			.filter(FixtureSchemaFactory::isFixtureScalar)
			.forEach((name) -> wiring.scalar(passThrough(name)));
		return GraphQL
			.newGraphQL(Federation.transform(registry, wiring.build())
				.fetchEntities(new EntitiesFetcher(data))
				.resolveEntityType(typeResolver)
				.build())
			.build();
	}

	private static boolean isFixtureScalar(String name) {
		return FEDERATION_SCALAR_MARKERS.stream().noneMatch(name::contains);
	}

	private static GraphQLScalarType passThrough(String name) {
		return GraphQLScalarType.newScalar().name(name).coercing(new PassThroughCoercing()).build();
	}

	private record Wiring(DataFetcher<Object> fetcher, TypeResolver typeResolver) implements WiringFactory {

		@Override
		public boolean providesDataFetcher(FieldWiringEnvironment environment) {
			return true;
		}

		@Override
		public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
			return this.fetcher;
		}

		@Override
		public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
			return true;
		}

		@Override
		public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
			return this.typeResolver;
		}

		@Override
		public boolean providesTypeResolver(UnionWiringEnvironment environment) {
			return true;
		}

		@Override
		public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
			return this.typeResolver;
		}

	}

	@SuppressWarnings("deprecation")
	private static final class PassThroughCoercing implements Coercing<Object, Object> {

		@Override
		public Object serialize(Object dataFetcherResult) {
			return dataFetcherResult;
		}

		@Override
		public Object parseValue(Object input) {
			return input;
		}

		@Override
		public Object parseLiteral(Object input) {
			return AstPrinter.printAst((Node<?>) input);
		}

	}

}
