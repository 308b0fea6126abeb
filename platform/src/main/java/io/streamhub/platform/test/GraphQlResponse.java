package io.streamhub.platform.test;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * A GraphQL response body, read with JSON paths.
 *
 * @param body the raw JSON
 */
public record GraphQlResponse(String body) {

	private DocumentContext json() {
		return JsonPath.parse(this.body);
	}

	public <T> @Nullable T read(String path) {
		try {
			return json().read(path);
		}
		catch (PathNotFoundException ex) {
			return null;
		}
	}

	public <T> @Nullable T data(String path) {
		return read("$.data." + path);
	}

	public List<Map<String, Object>> errors() {
		List<Map<String, Object>> errors = read("$.errors");
		return (errors != null) ? errors : List.of();
	}

	public @Nullable String errorCode() {
		return read("$.errors[0].extensions.code");
	}

	public @Nullable String errorField() {
		return read("$.errors[0].extensions.field");
	}

	public GraphQlResponse assertNoErrors() {
		if (!errors().isEmpty()) {
			throw new AssertionError("Unexpected errors: " + this.body);
		}
		return this;
	}

	@Override
	public String toString() {
		return this.body;
	}

}
