package io.streamhub.router.conformance.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.streamhub.router.conformance.fixture.ConformanceCase;
import io.streamhub.router.conformance.json.Json;
import io.streamhub.router.conformance.subgraph.RecordedRequest;

/**
 * Judges a router response against a case: {@code data} must equal the expectation
 * exactly (JSON equality, key order irrelevant), {@code errors} must be present exactly
 * when expected, and the subgraphs the case forbids must not have been called.
 */
public final class ResponseCheck {

	private ResponseCheck() {
	}

	private static boolean hasErrorAt(JsonNode response, JsonNode path) {
		for (JsonNode error : response.path("errors")) {
			if (path.equals(error.get("path"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What is wrong with the response, or empty when it conforms.
	 */
	public static Optional<String> mismatch(ConformanceCase testCase, JsonNode response,
			List<RecordedRequest> requests) {
		List<String> problems = new ArrayList<>();
		JsonNode data = response.has("data") ? response.get("data") : NullNode.getInstance();
		if (!data.equals(testCase.expectedData())) {
			problems.add("data differs: expected " + Json.compact(testCase.expectedData()) + " but was "
					+ Json.compact(data));
		}
		boolean hasErrors = response.path("errors").isArray() && !response.path("errors").isEmpty();
		if (hasErrors != testCase.expectErrors()) {
			problems.add((testCase.expectErrors() ? "expected errors but got none"
					: "unexpected errors: " + Json.compact(response.path("errors"))));
		}
		requests.stream()
			.map(RecordedRequest::subgraph)
			.filter(testCase.notCalled()::contains)
			.distinct()
			.forEach((subgraph) -> problems.add("called subgraph '" + subgraph + "' which the plan must not call"));
		testCase.maxCalls().forEach((subgraph, max) -> {
			long calls = requests.stream().filter((request) -> request.subgraph().equals(subgraph)).count();
			if (calls > max) {
				problems.add("called subgraph '" + subgraph + "' " + calls + " times, at most " + max + " expected");
			}
		});
		for (JsonNode path : testCase.errorPaths()) {
			if (!hasErrorAt(response, path)) {
				problems.add("no error with path " + Json.compact(path));
			}
		}
		return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
	}

}
