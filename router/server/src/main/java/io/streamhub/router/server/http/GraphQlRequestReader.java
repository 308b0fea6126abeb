package io.streamhub.router.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

import io.streamhub.router.GraphQlRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.MultiValueMap;

/**
 * Turns a POST body or GET parameters into a {@link GraphQlRequest}, refusing (400, code
 * {@code BAD_REQUEST}) JSON that does not parse and parameters of the wrong type, with a
 * message naming the parameter.
 */
final class GraphQlRequestReader {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private GraphQlRequestReader() {
	}

	/**
	 * Reads a POST body: {@code {"query", "operationName", "variables", "extensions"}}.
	 * @param body the UTF-8 JSON body
	 * @return the request
	 * @throws HttpRequestProblem when the body is not such an object
	 */
	static GraphQlRequest fromJson(byte[] body) {
		Object parsed = parse(body, "The request body is not valid JSON");
		if (!(parsed instanceof Map<?, ?> map)) {
			throw HttpRequestProblem.badRequest("The request body must be a JSON object");
		}
		return toRequest(map.get("query"), map.get("operationName"), map.get("variables"), map.get("extensions"));
	}

	/**
	 * Reads GET parameters; {@code variables} and {@code extensions} are JSON-encoded.
	 * @param params the query parameters
	 * @return the request
	 * @throws HttpRequestProblem when a parameter is missing or malformed
	 */
	static GraphQlRequest fromParams(MultiValueMap<String, String> params) {
		Object variables = parseParam(params.getFirst("variables"), "variables");
		Object extensions = parseParam(params.getFirst("extensions"), "extensions");
		return toRequest(params.getFirst("query"), params.getFirst("operationName"), variables, extensions);
	}

	private static GraphQlRequest toRequest(@Nullable Object query, @Nullable Object operationName,
			@Nullable Object variables, @Nullable Object extensions) {
		if (!(query instanceof String text) || text.isBlank()) {
			throw HttpRequestProblem.badRequest("The request must have a 'query' string");
		}
		if (operationName != null && !(operationName instanceof String)) {
			throw HttpRequestProblem.badRequest("'operationName' must be a string or null");
		}
		return new GraphQlRequest(text, (String) operationName, object(variables, "variables"),
				object(extensions, "extensions"));
	}

	private static Map<String, @Nullable Object> object(@Nullable Object value, String name) {
		if (value == null) {
			return Map.of();
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw HttpRequestProblem.badRequest("'" + name + "' must be a JSON object or null");
		}
		Map<String, @Nullable Object> copy = new LinkedHashMap<>();
		map.forEach((key, entry) -> copy.put(String.valueOf(key), entry));
		return copy;
	}

	private static @Nullable Object parseParam(@Nullable String value, String name) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		return parse(value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"The '" + name + "' parameter is not valid JSON");
	}

	private static @Nullable Object parse(byte[] json, String problem) {
		try {
			return JSON.readValue(json, Object.class);
		}
		catch (JacksonException ex) {
			throw HttpRequestProblem.badRequest(problem);
		}
	}

}
