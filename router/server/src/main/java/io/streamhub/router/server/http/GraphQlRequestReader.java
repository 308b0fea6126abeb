package io.streamhub.router.server.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.MultiValueMap;

/**
 * Turns a POST body or GET parameters into {@link IncomingOperation}s, refusing (400,
 * code {@code BAD_REQUEST}) JSON that does not parse and parameters of the wrong type,
 * with a message naming the parameter. A POST body may be a batch: a JSON array of
 * operations, at most {@code maxBatchSize} (0 refuses arrays).
 */
final class GraphQlRequestReader {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private GraphQlRequestReader() {
	}

	/**
	 * Reads a POST body: {@code {"query", "operationName", "variables", "extensions",
	 * "documentId"}}, or an array of them.
	 * @param body the UTF-8 JSON body
	 * @param maxBatchSize the most operations an array may hold (0: no arrays)
	 * @return the operations
	 * @throws HttpRequestProblem when the body is not such an object or array
	 */
	static IncomingBody fromJson(byte[] body, int maxBatchSize) {
		Object parsed = parse(body, "The request body is not valid JSON");
		if (parsed instanceof List<?> list) {
			return batch(list, maxBatchSize);
		}
		if (!(parsed instanceof Map<?, ?> map)) {
			throw HttpRequestProblem.badRequest("The request body must be a JSON object");
		}
		return new IncomingBody(List.of(fromMap(map)), false);
	}

	private static IncomingBody batch(List<?> list, int maxBatchSize) {
		if (maxBatchSize <= 0) {
			throw HttpRequestProblem.of(org.springframework.http.HttpStatus.BAD_REQUEST, "BATCHING_DISABLED",
					"Query batching is disabled: send one operation per request");
		}
		if (list.isEmpty() || list.size() > maxBatchSize) {
			throw HttpRequestProblem.of(org.springframework.http.HttpStatus.BAD_REQUEST, "BATCH_LIMIT_EXCEEDED",
					"A batch must hold 1 to " + maxBatchSize + " operations");
		}
		List<IncomingOperation> operations = new ArrayList<>();
		for (Object entry : list) {
			if (!(entry instanceof Map<?, ?> map)) {
				throw HttpRequestProblem.badRequest("Every entry of a batch must be a JSON object");
			}
			operations.add(fromMap(map));
		}
		return new IncomingBody(operations, true);
	}

	private static IncomingOperation fromMap(Map<?, ?> map) {
		return toOperation(map.get("query"), map.get("operationName"), map.get("variables"), map.get("extensions"),
				map.get("documentId"));
	}

	/**
	 * Reads GET parameters; {@code variables} and {@code extensions} are JSON-encoded.
	 * @param params the query parameters
	 * @return the operation
	 * @throws HttpRequestProblem when a parameter is missing or malformed
	 */
	static IncomingOperation fromParams(MultiValueMap<String, String> params) {
		Object variables = parseParam(params.getFirst("variables"), "variables");
		Object extensions = parseParam(params.getFirst("extensions"), "extensions");
		return toOperation(params.getFirst("query"), params.getFirst("operationName"), variables, extensions,
				params.getFirst("documentId"));
	}

	private static IncomingOperation toOperation(@Nullable Object query, @Nullable Object operationName,
			@Nullable Object variables, @Nullable Object extensions, @Nullable Object documentId) {
		Map<String, @Nullable Object> extensionMap = object(extensions, "extensions");
		boolean persisted = documentId != null || extensionMap.containsKey("persistedQuery");
		if (query != null && !(query instanceof String)) {
			throw HttpRequestProblem.badRequest("'query' must be a string");
		}
		if (!persisted && (query == null || ((String) query).isBlank())) {
			throw HttpRequestProblem.badRequest("The request must have a 'query' string");
		}
		if (operationName != null && !(operationName instanceof String)) {
			throw HttpRequestProblem.badRequest("'operationName' must be a string or null");
		}
		if (documentId != null && !(documentId instanceof String)) {
			throw HttpRequestProblem.badRequest("'documentId' must be a string");
		}
		Map<String, Object> nonNullExtensions = new LinkedHashMap<>();
		extensionMap.forEach((key, value) -> {
			if (value != null) {
				nonNullExtensions.put(key, value);
			}
		});
		return new IncomingOperation((String) query, (String) operationName, object(variables, "variables"),
				nonNullExtensions, (String) documentId);
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
		return parse(value.getBytes(StandardCharsets.UTF_8), "The '" + name + "' parameter is not valid JSON");
	}

	private static @Nullable Object parse(byte[] json, String problem) {
		try {
			return JSON.readValue(json, Object.class);
		}
		catch (JacksonException ex) {
			throw HttpRequestProblem.badRequest(problem);
		}
	}

	/**
	 * The operations of a POST body.
	 *
	 * @param operations the operations
	 * @param batch whether the body was an array (the response is one too)
	 */
	record IncomingBody(List<IncomingOperation> operations, boolean batch) {

	}

}
