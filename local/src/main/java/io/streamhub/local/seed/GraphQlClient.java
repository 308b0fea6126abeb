package io.streamhub.local.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A minimal GraphQL-over-HTTP client for seeding: POSTs an operation and returns
 * {@code data}, failing on any GraphQL error.
 */
final class GraphQlClient {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI endpoint;

	GraphQlClient(String endpoint) {
		this.endpoint = URI.create(endpoint);
	}

	JsonNode execute(String query, Map<String, Object> variables, @Nullable String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofByteArray(this.json.writeValueAsBytes(Map.of("query", query, "variables", variables))));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		JsonNode response = this.json.readTree(send(request.build()));
		if (response.has("errors")) {
			throw new IllegalStateException("GraphQL errors from " + this.endpoint + ": " + response.get("errors"));
		}
		return response.get("data");
	}

	private String send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot reach " + this.endpoint, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
