package io.streamhub.router;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.SourceLocation;
import io.streamhub.router.execution.Json;
import org.jspecify.annotations.Nullable;

/**
 * A GraphQL response: {@code data} (possibly absent or null) and {@code errors}.
 */
public final class GraphQlResponse {

	private final boolean hasDataEntry;

	private final @Nullable Map<String, @Nullable Object> data;

	private final List<GraphQlError> errors;

	private final boolean requestError;

	private GraphQlResponse(boolean hasDataEntry, @Nullable Map<String, @Nullable Object> data,
			List<GraphQlError> errors, boolean requestError) {
		this.hasDataEntry = hasDataEntry;
		this.data = data;
		this.errors = List.copyOf(errors);
		this.requestError = requestError;
	}

	/**
	 * A response of an executed operation.
	 * @param data the data, {@code null} when a non-null root field was null
	 * @param errors the errors
	 * @return the response
	 */
	public static GraphQlResponse of(@Nullable Map<String, @Nullable Object> data, List<GraphQlError> errors) {
		return new GraphQlResponse(true, data, errors, false);
	}

	/**
	 * A request error response: the operation never executed, there is no {@code data}
	 * entry.
	 * @param errors the errors
	 * @return the response
	 */
	public static GraphQlResponse ofErrors(List<GraphQlError> errors) {
		return new GraphQlResponse(false, null, errors, true);
	}

	/**
	 * A request error response.
	 * @param errors the errors
	 * @return the response
	 */
	public static GraphQlResponse ofErrors(GraphQlError... errors) {
		return ofErrors(List.of(errors));
	}

	/**
	 * Whether {@code data} is present and not null.
	 * @return whether there is data
	 */
	public boolean hasData() {
		return this.data != null;
	}

	public @Nullable Map<String, @Nullable Object> data() {
		return this.data;
	}

	public List<GraphQlError> errors() {
		return this.errors;
	}

	/**
	 * True when the request never executed (parse, validation, operation selection or
	 * variable errors).
	 * @return whether this is a request error
	 */
	public boolean isRequestError() {
		return this.requestError;
	}

	/**
	 * The serialized {@code {"data":…,"errors":[…]}}.
	 * @return UTF-8 JSON
	 */
	public byte[] toJsonBytes() {
		return Json.write(toMap());
	}

	/**
	 * The response as plain maps and lists (as it would be serialized).
	 * @return the response map
	 */
	public Map<String, @Nullable Object> toMap() {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		if (!this.errors.isEmpty()) {
			map.put("errors", errorsAsMaps());
		}
		if (this.hasDataEntry) {
			map.put("data", this.data);
		}
		return map;
	}

	private List<Object> errorsAsMaps() {
		List<Object> list = new ArrayList<>(this.errors.size());
		for (GraphQlError error : this.errors) {
			list.add(errorAsMap(error));
		}
		return list;
	}

	private static Map<String, Object> errorAsMap(GraphQlError error) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("message", error.message());
		if (error.locations() != null && !error.locations().isEmpty()) {
			List<Object> locations = new ArrayList<>();
			for (SourceLocation location : error.locations()) {
				locations.add(Map.of("line", location.getLine(), "column", location.getColumn()));
			}
			map.put("locations", locations);
		}
		if (error.path() != null) {
			map.put("path", error.path());
		}
		if (!error.extensions().isEmpty()) {
			map.put("extensions", error.extensions());
		}
		return map;
	}

	@Override
	public String toString() {
		return new String(toJsonBytes(), java.nio.charset.StandardCharsets.UTF_8);
	}

}
