package io.streamhub.router.server.edge;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header rules both ways, seen by a real subgraph: propagate, rename, insert and remove
 * on the way in; the request id and W3C trace context always; {@code Set-Cookie} (and
 * only the configured headers) on the way back.
 */
class HeaderPropagationTests {

	private static EdgeRouter edge;

	@org.junit.jupiter.api.BeforeAll
	static void startRouter() {
		edge = EdgeRouter.start();
	}

	@org.junit.jupiter.api.AfterAll
	static void stopRouter() {
		edge.close();
	}

	@Test
	void propagatesRenamesInsertsAndRemovesPerSubgraph() {
		HttpResponse<String> response = edge.post(
				EdgeRouter.query("{ seenHeader(name: \"x-tenant\") secret: seenHeader(name: \"x-secret\") "
						+ "version: seenHeader(name: \"x-app-version\") router: seenHeader(name: \"x-router\") }"),
				"x-tenant", "acme", "x-secret", "do-not-pass", "x-client-version", "4.2");

		@SuppressWarnings("unchecked")
		Map<String, Object> data = (Map<String, Object>) EdgeRouter.body(response).get("data");
		assertThat(data).containsEntry("seenHeader", "acme")
			.containsEntry("version", "4.2")
			.containsEntry("router", "streamhub")
			.containsEntry("secret", null);
	}

	@Test
	void forwardsTheRequestIdAndEchoesItToTheClient() {
		HttpResponse<String> response = edge.post(EdgeRouter.query("{ seenHeader(name: \"x-request-id\") }"),
				"x-request-id", "req-42");

		assertThat(EdgeRouter.body(response).get("data")).isEqualTo(Map.of("seenHeader", "req-42"));
		assertThat(response.headers().firstValue("x-request-id")).hasValue("req-42");
	}

	@Test
	void createsARequestIdWhenTheClientSendsNone() {
		HttpResponse<String> response = edge.post(EdgeRouter.query("{ seenHeader(name: \"x-request-id\") }"));

		String requestId = response.headers().firstValue("x-request-id").orElseThrow();
		assertThat(EdgeRouter.body(response).get("data")).isEqualTo(Map.of("seenHeader", requestId));
	}

	@Test
	void continuesTheClientsTraceWithItsOwnSpan() {
		String incoming = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

		HttpResponse<String> response = edge.post(EdgeRouter.query("{ seenHeader(name: \"traceparent\") }"),
				"traceparent", incoming);

		String forwarded = (String) ((Map<?, ?>) EdgeRouter.body(response).get("data")).get("seenHeader");
		assertThat(forwarded).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-").endsWith("-01").isNotEqualTo(incoming);
	}

	@Test
	void passesConfiguredSubgraphResponseHeadersBackAndNothingElse() {
		HttpResponse<String> response = edge.post(EdgeRouter.query("{ seenAuthorization }"));

		assertThat(response.headers().allValues("set-cookie")).containsExactly("session=from-subgraph; Path=/");
		assertThat(response.headers().firstValue("x-subgraph-internal")).isEmpty();
	}

	@Test
	void subgraphsThatAreNotConfiguredForResponseHeadersPassNone() {
		HttpResponse<String> response = edge.post(EdgeRouter.query("{ users { id } }"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("set-cookie")).isEmpty();
	}

}
