package io.streamhub.router.server.edge;

import java.time.Duration;

import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CORS as a browser sees it: preflight and actual requests from the allowed origin get
 * the CORS headers (with credentials), other origins get none.
 */
class CorsTests {

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
	void preflightFromTheAllowedOriginIsAnsweredWithCredentials() {
		Answer answer = preflight("https://app.example");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.headers().get("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
		assertThat(answer.headers().get("Access-Control-Allow-Credentials")).isEqualTo("true");
		assertThat(answer.headers().get("Access-Control-Allow-Methods")).contains("POST");
		assertThat(answer.headers().get("Access-Control-Allow-Headers").toLowerCase()).contains("authorization");
	}

	@Test
	void preflightFromAnotherOriginIsRefused() {
		Answer answer = preflight("https://evil.example");

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.headers().get("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void actualRequestFromTheAllowedOriginExposesTheRequestId() {
		Answer answer = HttpClient.create()
			.headers((headers) -> headers.set("Origin", "https://app.example").set("Content-Type", "application/json"))
			.post()
			.uri(edge.uri("/graphql"))
			.send(reactor.core.publisher.Mono
				.just(io.netty.buffer.Unpooled.copiedBuffer("{\"query\":\"{ __typename }\"}".getBytes())))
			.responseSingle((response, body) -> reactor.core.publisher.Mono
				.just(new Answer(response.status().code(), response.responseHeaders())))
			.block(Duration.ofSeconds(10));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.headers().get("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
		assertThat(answer.headers().get("Access-Control-Expose-Headers").toLowerCase()).contains("x-request-id");
	}

	private Answer preflight(String origin) {
		return HttpClient.create()
			.headers((headers) -> headers.set("Origin", origin)
				.set("Access-Control-Request-Method", "POST")
				.set("Access-Control-Request-Headers", "content-type, authorization"))
			.options()
			.uri(edge.uri("/graphql"))
			.responseSingle((response, body) -> reactor.core.publisher.Mono
				.just(new Answer(response.status().code(), response.responseHeaders())))
			.block(Duration.ofSeconds(10));
	}

	private record Answer(int status, HttpHeaders headers) {
	}

}
