package io.streamhub.router.conformance.subgraph;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Custom field resolvers by subgraph and field coordinate ({@code Type.field}).
 */
public final class ResolverRegistry {

	private final Map<String, FieldResolver> resolvers = new LinkedHashMap<>();

	public ResolverRegistry field(String subgraph, String coordinate, FieldResolver resolver) {
		this.resolvers.put(subgraph + ":" + coordinate, resolver);
		return this;
	}

	public @Nullable FieldResolver find(String subgraph, String typeName, String fieldName) {
		return this.resolvers.get(subgraph + ":" + typeName + "." + fieldName);
	}

}
