package io.streamhub.router.server;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP against the running router and two real subgraphs: what a client sees
 * for good and bad requests (status, content type, errors with {@code extensions.code},
 * never a stack trace).
 */
class GraphQlHttpTests {

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private static TestSubgraphs subgraphs;

	private static RunningRouter router;

	@BeforeAll
	static void start() {
		subgraphs = TestSubgraphs.start();
		router = RunningRouter.start(subgraphs, "--router.max-body-size=4KB");
	}

	@AfterAll
	static void stop() {
		router.close();
		subgraphs.close();
	}

	@Test
	void postAnswersAQuerySpanningBothSubgraphs() {
		HttpResponse<String> response = router.post(query("{ users { id name posts { title } } }"), "Content-Type",
				"application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(RunningRouter.parse(response.body())).isEqualTo(Map.of("data",
				Map.of("users",
						List.of(Map.of("id", "1", "name", "Ada", "posts", List.of(Map.of("title", "Post of 1"))),
								Map.of("id", "2", "name", "Alan", "posts", List.of(Map.of("title", "Post of 2")))))));
	}

	@Test
	void answersThePublicAuditsPing() {
		HttpResponse<String> response = router.post("{\"query\":\"query ping { __typename }\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(RunningRouter.parse(response.body())).isEqualTo(Map.of("data", Map.of("__typename", "Query")));
	}

	@Test
	void postRunsMutations() {
		HttpResponse<String> response = router.post(
				"{\"query\":\"mutation($n: String!) { rename(id: \\\"2\\\", name: $n) { name } }\",\"variables\":{\"n\":\"Turing\"}}");

		assertThat(RunningRouter.parse(response.body()))
			.isEqualTo(Map.of("data", Map.of("rename", Map.of("name", "Turing"))));
		router.post("{\"query\":\"mutation { rename(id: \\\"2\\\", name: \\\"Alan\\\") { name } }\"}");
	}

	@Test
	void getAnswersQueriesWithVariablesAndOperationName() {
		String query = "query Me { me { name } } query Named($x: Boolean!) { me { id @include(if: $x) } }";
		HttpResponse<String> response = router.send(HttpRequest
			.newBuilder(router
				.uri("/graphql?query=" + encode(query) + "&operationName=Named&variables=" + encode("{\"x\":true}")))
			.GET());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(RunningRouter.parse(response.body())).isEqualTo(Map.of("data", Map.of("me", Map.of("id", "1"))));
	}

	@Test
	void getRefusesMutationsWith405AllowingPost() {
		HttpResponse<String> response = router.send(HttpRequest
			.newBuilder(router.uri("/graphql?query=" + encode("mutation { rename(id: \"1\", name: \"X\") { name } }")))
			.GET());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertThat(firstErrorCode(response)).isEqualTo("BAD_REQUEST");
		assertThat(meName()).isEqualTo("Ada");
	}

	@Test
	void malformedJsonIs400WithABadRequestErrorInBothMediaTypes() {
		for (String accept : List.of("application/json", GRAPHQL_RESPONSE)) {
			HttpResponse<String> response = router.post("{\"query\": \"{ me { name } }\"", "Accept", accept,
					"Content-Type", "application/json");

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith(accept));
			assertThat(firstErrorCode(response)).isEqualTo("BAD_REQUEST");
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
		}
	}

	@Test
	void requestWithoutAQueryStringIs400NamingTheParameter() {
		HttpResponse<String> response = router.post("{\"query\": 42}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(firstErrorMessage(response)).contains("'query'");
	}

	@Test
	void variablesThatAreNotAnObjectAre400() {
		HttpResponse<String> response = router.post("{\"query\": \"{ me { name } }\", \"variables\": [1]}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(firstErrorMessage(response)).contains("'variables'");
	}

	@Test
	void unknownOperationNameIs400WithGraphQlResponseJsonAnd200WithJson() {
		String body = "{\"query\":\"query A { me { name } }\",\"operationName\":\"B\"}";

		HttpResponse<String> modern = router.post(body, "Accept", GRAPHQL_RESPONSE);
		HttpResponse<String> legacy = router.post(body, "Accept", "application/json");

		assertThat(modern.statusCode()).isEqualTo(400);
		assertThat(modern.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(GRAPHQL_RESPONSE));
		assertThat(RunningRouter.parse(modern.body())).containsKey("errors").doesNotContainKey("data");
		assertThat(legacy.statusCode()).isEqualTo(200);
		assertThat(RunningRouter.parse(legacy.body())).containsKey("errors").doesNotContainKey("data");
	}

	@Test
	void severalOperationsWithoutAnOperationNameIsARequestError() {
		HttpResponse<String> response = router.post(query("query A { me { name } } query B { me { id } }"), "Accept",
				GRAPHQL_RESPONSE);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(RunningRouter.parse(response.body())).containsKey("errors").doesNotContainKey("data");
	}

	@Test
	void prefersGraphQlResponseJsonWhenTheClientAcceptsBoth() {
		HttpResponse<String> response = router.post(query("{ me { name } }"), "Accept",
				"application/graphql-response+json, application/json;q=0.9");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(GRAPHQL_RESPONSE));
	}

	@Test
	void clientThatAcceptsNoJsonGets406() {
		HttpResponse<String> response = router.post(query("{ me { name } }"), "Accept", "text/html");

		assertThat(response.statusCode()).isEqualTo(406);
	}

	@Test
	void bodyOverTheLimitIs413() {
		String padding = "#".repeat(8 * 1024);
		HttpResponse<String> response = router.post(query("{ me { name } }\n" + padding));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(firstErrorCode(response)).isEqualTo("BAD_REQUEST");
	}

	@Test
	void nonJsonBodyIs415() {
		HttpResponse<String> response = router.post("{ me { name } }", "Content-Type", "text/plain");

		assertThat(response.statusCode()).isEqualTo(415);
	}

	@Test
	void otherMethodsAre405AllowingGetAndPost() {
		HttpResponse<String> response = router
			.send(HttpRequest.newBuilder(router.uri("/graphql")).PUT(HttpRequest.BodyPublishers.ofString("{}")));

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow").orElse("")).contains("GET").contains("POST");
	}

	@Test
	void forwardsTheAuthorizationHeaderToSubgraphs() {
		HttpResponse<String> response = router.post(query("{ seenAuthorization }"), "Authorization",
				"Bearer secret-token");

		assertThat(RunningRouter.parse(response.body()))
			.isEqualTo(Map.of("data", Map.of("seenAuthorization", "Bearer secret-token")));
	}

	@Test
	void validationErrorsNameTheFieldAndLeakNoStackTrace() {
		HttpResponse<String> response = router.post(query("{ me { nope } }"), "Accept", GRAPHQL_RESPONSE);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(firstErrorMessage(response)).contains("nope");
		assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception");
	}

	@Test
	void healthIsUp() {
		HttpResponse<String> response = router.send(HttpRequest.newBuilder(router.uri("/health")).GET());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(RunningRouter.parse(response.body())).isEqualTo(Map.of("status", "UP"));
	}

	private static String meName() {
		Map<String, Object> body = RunningRouter.parse(router.post(query("{ me { name } }")).body());
		return String.valueOf(((Map<?, ?>) ((Map<?, ?>) body.get("data")).get("me")).get("name"));
	}

	private static String query(String query) {
		return RunningRouter.json(Map.of("query", query));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Map<?, ?> firstError(HttpResponse<String> response) {
		List<?> errors = (List<?>) RunningRouter.parse(response.body()).get("errors");
		assertThat(errors).isNotEmpty();
		return (Map<?, ?>) errors.get(0);
	}

	private static String firstErrorMessage(HttpResponse<String> response) {
		return String.valueOf(firstError(response).get("message"));
	}

	private static String firstErrorCode(HttpResponse<String> response) {
		return String.valueOf(((Map<?, ?>) firstError(response).get("extensions")).get("code"));
	}

}
