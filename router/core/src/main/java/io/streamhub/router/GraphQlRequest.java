package io.streamhub.router;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A GraphQL-over-HTTP request as received by the router.
 *
 * @param query the document text
 * @param operationName the operation to run, or {@code null} when the document has one
 * @param variables the raw (JSON) variable values; values may be {@code null}
 * @param extensions the request extensions
 */
public record GraphQlRequest(String query, @Nullable String operationName, Map<String, @Nullable Object> variables,
		Map<String, Object> extensions) {

	public GraphQlRequest {
		variables = (variables != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(variables)) : Map.of();
		extensions = (extensions != null) ? Map.copyOf(extensions) : Map.of();
	}

	/**
	 * A request with just a document.
	 * @param query the document
	 * @return the request
	 */
	public static GraphQlRequest of(String query) {
		return new GraphQlRequest(query, null, Map.of(), Map.of());
	}

	/**
	 * A request with a document and variables.
	 * @param query the document
	 * @param variables the variables
	 * @return the request
	 */
	public static GraphQlRequest of(String query, Map<String, @Nullable Object> variables) {
		return new GraphQlRequest(query, null, variables, Map.of());
	}

}
