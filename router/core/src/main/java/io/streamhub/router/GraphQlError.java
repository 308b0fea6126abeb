package io.streamhub.router;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a GraphQL response's {@code errors}.
 *
 * @param message the message, never a stack trace
 * @param path the response path (keys and list indices), if the error concerns a field
 * @param locations the document locations, if any
 * @param extensions the extensions, usually {@code code} and for subgraph errors
 * {@code serviceName}
 */
public record GraphQlError(String message, @Nullable List<Object> path, @Nullable List<SourceLocation> locations,
		Map<String, Object> extensions) {

	public GraphQlError {
		path = (path != null) ? List.copyOf(path) : null;
		locations = (locations != null) ? List.copyOf(locations) : null;
		extensions = (extensions != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extensions)) : Map.of();
	}

	/**
	 * An error with only a message and a code.
	 * @param message the message
	 * @param code the {@code extensions.code}
	 * @return the error
	 */
	public static GraphQlError of(String message, String code) {
		return new GraphQlError(message, null, null, Map.of("code", code));
	}

	/**
	 * The {@code extensions.code}, if any.
	 * @return the code or {@code null}
	 */
	public @Nullable String code() {
		Object code = this.extensions.get("code");
		return (code != null) ? code.toString() : null;
	}

}
