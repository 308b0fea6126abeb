package io.streamhub.platform.test;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Posts GraphQL operations over real HTTP.
 */
public final class GraphQlClient {

	private final WebTestClient client;

	private final String address;

	private final @Nullable String token;

	private GraphQlClient(WebTestClient client, String address, @Nullable String token) {
		this.client = client;
		this.address = address;
		this.token = token;
	}

	/**
	 * A client with its own random client address (so rate limits are per test).
	 */
	public static GraphQlClient of(WebTestClient client) {
		return new GraphQlClient(client, randomAddress(), null);
	}

	public static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	public GraphQlClient from(String clientAddress) {
		return new GraphQlClient(this.client, clientAddress, this.token);
	}

	public GraphQlClient withToken(@Nullable String accessToken) {
		return new GraphQlClient(this.client, this.address, accessToken);
	}

	public GraphQlResponse execute(String document) {
		return execute(document, Map.of());
	}

	public GraphQlResponse execute(String document, Map<String, ?> variables) {
		Map<String, Object> body = new HashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		String response = this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Forwarded-For", this.address)
			.headers((headers) -> bearer(headers))
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.is2xxSuccessful()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return new GraphQlResponse(String.valueOf(response));
	}

	private void bearer(HttpHeaders headers) {
		if (this.token != null) {
			headers.setBearerAuth(this.token);
		}
	}

}
