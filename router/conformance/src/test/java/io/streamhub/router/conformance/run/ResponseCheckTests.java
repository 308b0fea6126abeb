package io.streamhub.router.conformance.run;

import java.util.List;
import java.util.Map;

import io.streamhub.router.conformance.fixture.ConformanceCase;
import io.streamhub.router.conformance.json.Json;
import io.streamhub.router.conformance.subgraph.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseCheckTests {

	private static final ConformanceCase CASE = new ConformanceCase("q", "{ a { b } }",
			Json.parse("{\"a\":{\"b\":1,\"c\":[1,2]}}"), false, List.of("reviews"));

	@Test
	void keyOrderAndNumberRepresentationDoNotMatter() {
		assertThat(ResponseCheck.mismatch(CASE,
				Json.normalize(Map.of("data", Map.of("a", Map.of("c", List.of(1L, 2L), "b", 1L)))), List.of()))
			.isEmpty();
	}

	@Test
	void listOrderMatters() {
		assertThat(ResponseCheck.mismatch(CASE, Json.parse("{\"data\":{\"a\":{\"b\":1,\"c\":[2,1]}}}"), List.of()))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("data differs"));
	}

	@Test
	void unexpectedErrorsFailEvenWithTheRightData() {
		assertThat(ResponseCheck.mismatch(CASE,
				Json.parse("{\"data\":{\"a\":{\"b\":1,\"c\":[1,2]}},\"errors\":[{\"message\":\"x\"}]}"), List.of()))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("unexpected errors"));
	}

	@Test
	void missingDataCountsAsNull() {
		ConformanceCase rejected = new ConformanceCase("q", "{ nope }", Json.parse("null"), true, List.of());

		assertThat(ResponseCheck.mismatch(rejected, Json.parse("{\"errors\":[{\"message\":\"invalid\"}]}"), List.of()))
			.isEmpty();
		assertThat(ResponseCheck.mismatch(rejected, Json.parse("{\"data\":null}"), List.of()))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("expected errors"));
	}

	@Test
	void callingAForbiddenSubgraphFails() {
		RecordedRequest call = new RecordedRequest("reviews", "{ _entities }", Map.of());

		assertThat(ResponseCheck.mismatch(CASE, Json.parse("{\"data\":{\"a\":{\"b\":1,\"c\":[1,2]}}}"), List.of(call)))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("called subgraph 'reviews'"));
	}

	@Test
	void unbatchedEntityCallsFailWhenTheCaseAllowsOneCall() {
		ConformanceCase batched = new ConformanceCase("q", "{ a }", Json.parse("{\"a\":1}"), false, List.of(), Map.of(),
				Map.of("stats", 1), Json.parse("[]"));
		RecordedRequest call = new RecordedRequest("stats", "{ _entities }", Map.of());

		assertThat(ResponseCheck.mismatch(batched, Json.parse("{\"data\":{\"a\":1}}"), List.of(call))).isEmpty();
		assertThat(ResponseCheck.mismatch(batched, Json.parse("{\"data\":{\"a\":1}}"), List.of(call, call)))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("2 times, at most 1"));
	}

	@Test
	void errorsMustCarryTheClientPathWhenTheCaseNamesIt() {
		ConformanceCase repathed = new ConformanceCase("q", "{ a }", Json.parse("{\"a\":null}"), true, List.of(),
				Map.of(), Map.of(), Json.parse("[[\"a\", 0, \"b\"]]"));

		assertThat(ResponseCheck.mismatch(repathed,
				Json.parse("{\"data\":{\"a\":null},\"errors\":[{\"message\":\"x\",\"path\":[\"a\",0,\"b\"]}]}"),
				List.of()))
			.isEmpty();
		assertThat(ResponseCheck.mismatch(repathed,
				Json.parse("{\"data\":{\"a\":null},\"errors\":[{\"message\":\"x\",\"path\":[\"_entities\",0,\"b\"]}]}"),
				List.of()))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("no error with path"));
	}

}
