package io.streamhub.router.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A subgraph's GraphQL response, checked for shape: {@code data} (an object or null) and
 * {@code errors} (a list of objects).
 *
 * @param data the data
 * @param errors the raw error objects
 */
record SubgraphResult(@Nullable Map<String, @Nullable Object> data, List<Map<String, @Nullable Object>> errors) {

	/**
	 * Reads a subgraph HTTP response.
	 * @param subgraph the subgraph name (for messages)
	 * @param response the HTTP response
	 * @return the result
	 * @throws SubgraphFailure when the response is not a GraphQL response
	 */
	@SuppressWarnings("unchecked")
	static SubgraphResult read(String subgraph, SubgraphResponse response) {
		Object body;
		try {
			body = Json.parse(response.body());
		}
		catch (JsonException ex) {
			if (response.status() / 100 != 2) {
				throw new SubgraphFailure("HTTP " + response.status() + " from subgraph '" + subgraph + "'");
			}
			throw new SubgraphFailure("invalid JSON from subgraph '" + subgraph + "'");
		}
		if (!(body instanceof Map<?, ?> map) || !(map.containsKey("data") || map.containsKey("errors"))) {
			throw new SubgraphFailure(
					httpPrefix(response) + "subgraph '" + subgraph + "' did not answer with a GraphQL response");
		}
		Object data = map.get("data");
		Object errors = map.get("errors");
		if ((data != null && !(data instanceof Map)) || (errors != null && !(errors instanceof List))) {
			throw new SubgraphFailure("subgraph '" + subgraph + "' answered with a malformed GraphQL response");
		}
		List<Map<String, @Nullable Object>> errorList = new ArrayList<>();
		if (errors != null) {
			for (Object error : (List<?>) errors) {
				if (error instanceof Map<?, ?> errorMap) {
					errorList.add((Map<String, @Nullable Object>) errorMap);
				}
			}
		}
		if (response.status() / 100 != 2 && errorList.isEmpty()) {
			throw new SubgraphFailure("HTTP " + response.status() + " from subgraph '" + subgraph + "'");
		}
		return new SubgraphResult((Map<String, @Nullable Object>) data, errorList);
	}

	private static String httpPrefix(SubgraphResponse response) {
		return (response.status() / 100 != 2) ? "HTTP " + response.status() + ": " : "";
	}

}
