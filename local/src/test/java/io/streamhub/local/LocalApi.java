package io.streamhub.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.streamhub.local.seed.DemoAccount;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the end-to-end tests do as a client of the local stack: GraphQL over HTTP through
 * the router (or a subgraph), sign-in of the demo accounts, uploads to presigned URLs.
 */
final class LocalApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private final LocalStack stack;

	LocalApi(LocalStack stack) {
		this.stack = stack;
	}

	/** A GraphQL request through the router. */
	JsonNode router(String query, Map<String, Object> variables, @Nullable String token) {
		return post(this.stack.ports().routerUrl(), query, variables, token);
	}

	/** The data of a GraphQL request through the router, which must not fail. */
	JsonNode data(String query, Map<String, Object> variables, @Nullable String token) {
		JsonNode response = router(query, variables, token);
		assertThat(response.has("errors")).as(response.toString()).isFalse();
		return response.get("data");
	}

	/**
	 * An access token of a demo account, signed in once per test run (logins are rate
	 * limited per IP address, and every test signs in from 127.0.0.1; tokens outlive a
	 * run).
	 */
	String token(DemoAccount account) {
		return TOKENS.computeIfAbsent(this.stack.ports().users() + "/" + account.username(), (key) -> login(account));
	}

	private String login(DemoAccount account) {
		return data("mutation($u: String!, $p: String!) { login(emailOrUsername: $u, password: $p) { accessToken } }",
				Map.of("u", account.username(), "p", account.password()), null)
			.at("/login/accessToken")
			.asString();
	}

	static JsonNode post(String url, String query, Map<String, Object> variables, @Nullable String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofByteArray(JSON.writeValueAsBytes(Map.of("query", query, "variables", variables))));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return JSON.readTree(send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	static void putToPresignedUrl(JsonNode upload, byte[] body) {
		HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(upload.get("uploadUrl").asString()))
			.PUT(HttpRequest.BodyPublishers.ofByteArray(body));
		for (JsonNode header : upload.get("uploadHeaders")) {
			String name = header.get("name").asString();
			if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
				put.header(name, header.get("value").asString());
			}
		}
		assertThat(send(put.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
	}

	static HttpResponse<byte[]> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return HTTP.send(request, handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
