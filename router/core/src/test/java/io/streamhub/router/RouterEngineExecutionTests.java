package io.streamhub.router;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.streamhub.router.execution.HttpSubgraphClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RouterEngineExecutionTests {

	private static StreamhubSubgraphs subgraphs;

	private static HttpSubgraphClient client;

	private static RouterEngine engine;

	@BeforeAll
	static void start() {
		subgraphs = new StreamhubSubgraphs();
		client = HttpSubgraphClient.create();
		engine = RouterEngine.create(subgraphs.supergraph(), client, RouterOptions.defaults());
	}

	@AfterAll
	static void stop() {
		client.close();
		subgraphs.close();
	}

	static GraphQlResponse run(String query) {
		return run(query, Map.of());
	}

	static GraphQlResponse run(String query, Map<String, Object> variables) {
		return engine.execute(GraphQlRequest.of(query, variables), RequestContext.empty())
			.orTimeout(20, TimeUnit.SECONDS)
			.join();
	}

	static String json(GraphQlResponse response) {
		return new String(response.toJsonBytes(), java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void entityFieldsFromAnotherSubgraphAreMergedIntoTheRootResult() {
		GraphQlResponse response = run("{ user(id: \"u2\") { username videos { title } } }");
		assertThat(json(response))
			.isEqualTo("{\"data\":{\"user\":{\"username\":\"grace\",\"videos\":[{\"title\":\"Deep dive\"}]}}}");
	}

	@Test
	void nullFromAnEntityFetchPropagatesToTheNearestNullableField() {
		GraphQlResponse response = run("{ me { username videos { title } } }");
		assertThat(response.data()).containsEntry("me", null);
		assertThat(response.errors()).singleElement()
			.satisfies((error) -> assertThat(error.path()).containsExactly("me", "videos", 1, "title"));
	}

	@Test
	void representationsOfOneStepGoInOneBatchedRequest() {
		int before = subgraphs.comments.requests().size();
		GraphQlResponse response = run("{ videos { id creator { username } comments { text } } }");
		assertThat(json(response)).isEqualTo("{\"data\":{\"videos\":["
				+ "{\"id\":\"v1\",\"creator\":{\"username\":\"ada\"},\"comments\":[{\"text\":\"first!\"},{\"text\":\"nice\"}]},"
				+ "{\"id\":\"v2\",\"creator\":{\"username\":\"grace\"},\"comments\":[{\"text\":\"long\"}]}]}}");
		List<Map<String, Object>> requests = subgraphs.comments.requests();
		assertThat(requests).hasSize(before + 1);
		Map<?, ?> variables = (Map<?, ?>) requests.get(requests.size() - 1).get("variables");
		assertThat((List<?>) variables.get("representations")).hasSize(2);
	}

	@Test
	void requiresFieldIsFetchedBeforeTheFieldThatNeedsIt() {
		GraphQlResponse response = run("{ video(id: \"v2\") { watchTimeLabel } }");
		assertThat(json(response)).isEqualTo("{\"data\":{\"video\":{\"watchTimeLabel\":\"60 min\"}}}");
	}

	@Test
	void aliasesOfTheSameFieldWithDifferentArgumentsAreKeptApart() {
		GraphQlResponse response = run(
				"{ video(id: \"v1\") { one: comments(first: 1) { id } two: comments(first: 2) { id } } }");
		assertThat(json(response))
			.isEqualTo("{\"data\":{\"video\":{\"one\":[{\"id\":\"c1\"}],\"two\":[{\"id\":\"c1\"},{\"id\":\"c2\"}]}}}");
	}

	@Test
	void unionMembersAreCompletedFromTheirOwnSubgraphs() {
		GraphQlResponse response = run("""
				{ search(text: "x") { __typename ... on Video { title } ... on User { username uploadCount } } }""");
		assertThat(json(response)).isEqualTo("{\"data\":{\"search\":[{\"__typename\":\"Video\",\"title\":\"Intro\"},"
				+ "{\"__typename\":\"User\",\"username\":\"grace\",\"uploadCount\":1}]}}");
	}

	@Test
	void interfaceFieldsAndFragmentsAreProjected() {
		GraphQlResponse response = run("""
				{ feed { id ...F ... on Playlist { size } } } fragment F on Content { title }""");
		assertThat(json(response)).isEqualTo("{\"data\":{\"feed\":[{\"id\":\"v1\",\"title\":\"Intro\"},"
				+ "{\"id\":\"p1\",\"title\":\"Best of\",\"size\":2}]}}");
	}

	@Test
	void variableDrivenIncludeAndSkipAreHonoured() {
		String query = "query($with: Boolean!) { video(id: \"v1\") { title comments @include(if: $with) { id } "
				+ "durationSeconds @skip(if: $with) } }";
		assertThat(json(run(query, Map.of("with", true))))
			.isEqualTo("{\"data\":{\"video\":{\"title\":\"Intro\",\"comments\":[{\"id\":\"c1\"},{\"id\":\"c2\"}]}}}");
		assertThat(json(run(query, Map.of("with", false))))
			.isEqualTo("{\"data\":{\"video\":{\"title\":\"Intro\",\"durationSeconds\":90}}}");
	}

	@Test
	void nullInNonNullFieldNullsTheNearestNullableParentWithAnError() {
		GraphQlResponse response = run("{ video(id: \"v3\") { id title } }");
		assertThat(response.data()).containsEntry("video", null);
		assertThat(response.errors()).isNotEmpty();
		assertThat(response.errors().get(0).path()).containsExactly("video", "title");
	}

	@Test
	void subgraphErrorsAreRepathedWithTheServiceName() {
		GraphQlResponse response = run("{ video(id: \"v2\") { id commentCount } }");
		assertThat(response.data()).containsEntry("video", null);
		GraphQlError error = response.errors().get(0);
		assertThat(error.message()).contains("comment counter unavailable");
		assertThat(error.path()).containsExactly("video", "commentCount");
		assertThat(error.extensions()).containsEntry("serviceName", "comments");
	}

	@Test
	void variablesAreForwardedToTheSubgraph() {
		GraphQlResponse response = run("query($id: ID!) { user(id: $id) { username } }", Map.of("id", "u2"));
		assertThat(json(response)).isEqualTo("{\"data\":{\"user\":{\"username\":\"grace\"}}}");
	}

	@Test
	void rootTypenameIsAnsweredWithoutSubgraphs() {
		int before = subgraphs.requestCount();
		assertThat(json(run("query ping { __typename }"))).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
		assertThat(subgraphs.requestCount()).isEqualTo(before);
	}

	@Test
	void introspectionUsesTheApiSchema() {
		GraphQlResponse response = run("{ __type(name: \"User\") { fields { name } } }");
		assertThat(json(response)).contains("\"username\"").doesNotContain("email");
	}

	@Test
	void invalidDocumentIsARequestErrorWithLocations() {
		GraphQlResponse response = run("{ me { nope } }");
		assertThat(response.isRequestError()).isTrue();
		assertThat(response.hasData()).isFalse();
		assertThat(response.errors().get(0).locations()).isNotEmpty();
		assertThat(response.errors().get(0).code()).isEqualTo("BAD_USER_INPUT");
		assertThat(json(response)).doesNotContain("\"data\"");
	}

	@Test
	void inaccessibleFieldCannotBeQueried() {
		GraphQlResponse response = run("{ me { email } }");
		assertThat(response.isRequestError()).isTrue();
		assertThat(response.errors().get(0).message()).contains("email");
	}

	@Test
	void unknownOrAmbiguousOperationIsARequestError() {
		GraphQlResponse unknown = engine
			.execute(new GraphQlRequest("query A { me { id } }", "B", Map.of(), Map.of()), RequestContext.empty())
			.join();
		assertThat(unknown.isRequestError()).isTrue();
		assertThat(unknown.errors().get(0).message()).contains("Unknown operation named \"B\"");
		GraphQlResponse ambiguous = run("query A { me { id } } query B { me { id } }");
		assertThat(ambiguous.errors().get(0).message()).contains("Must provide operation name");
	}

	@Test
	void missingNonNullVariableIsBadUserInput() {
		GraphQlResponse response = run("query($id: ID!) { user(id: $id) { username } }");
		assertThat(response.isRequestError()).isTrue();
		assertThat(response.errors().get(0).code()).isEqualTo("BAD_USER_INPUT");
	}

	@Test
	void mutationRootFieldsRunInOrder() {
		GraphQlResponse response = run("mutation { a: rename(name: \"ada2\") { username } b: likeVideo(id: \"v1\") "
				+ "{ creator { username } } c: rename(name: \"ada\") { username } }");
		assertThat(json(response)).isEqualTo("{\"data\":{\"a\":{\"username\":\"ada2\"},"
				+ "\"b\":{\"creator\":{\"username\":\"ada2\"}},\"c\":{\"username\":\"ada\"}}}");
	}

	@Test
	void headersAreForwardedToSubgraphs() {
		Duration ignored = Duration.ZERO;
		GraphQlResponse response = engine
			.execute(GraphQlRequest.of("{ me { id } }"),
					new RequestContext(Map.of("authorization", List.of("Bearer t")), null))
			.join();
		assertThat(response.errors()).isEmpty();
		assertThat(ignored).isZero();
	}

}
