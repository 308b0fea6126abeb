package io.streamhub.bench.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.apollographql.federation.graphqljava.Federation;
import com.apollographql.federation.graphqljava._Entity;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;

/**
 * Builds a subgraph schema from its SDL resource with federation-jvm: entities are plain
 * maps carrying their {@code __typename}, so one type resolver serves every subgraph.
 */
final class FederatedSchema {

	private FederatedSchema() {
	}

	static GraphQLSchema build(String name, RuntimeWiring wiring,
			Function<Map<String, Object>, Object> entityResolver) {
		DataFetcher<List<Object>> entities = (env) -> {
			List<Map<String, Object>> representations = env.getArgument(_Entity.argumentName);
			return Objects.requireNonNull(representations).stream().map(entityResolver).toList();
		};
		return Federation.transform(sdl(name), wiring)
			.fetchEntities(entities)
			.resolveEntityType((env) -> env.getSchema().getObjectType(typename(env.getObject())))
			.build();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> source(Object source) {
		return (Map<String, Object>) source;
	}

	private static String typename(Object entity) {
		return (String) source(entity).get("__typename");
	}

	private static String sdl(String name) {
		String resource = "/gateway/" + name + ".graphqls";
		try (InputStream in = FederatedSchema.class.getResourceAsStream(resource)) {
			return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
