package io.streamhub.router.server.edge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import io.streamhub.router.server.client.ClientRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query batching (a JSON array, bounded: 3 in the edge router) and response compression.
 */
class BatchingAndCompressionTests {

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
	void batchAnswersAnArrayInOrderWithEachOperationsOwnErrors() {
		HttpResponse<String> response = edge.post(List.of(Map.of("query", "{ me { name } }"),
				Map.of("query", "{ nope }"), Map.of("extensions", Map.of("persistedQuery",
						Map.of("version", 1, "sha256Hash", ClientRegistry.sha256(EdgeRouter.USERS_QUERY))))));

		assertThat(response.statusCode()).isEqualTo(200);
		List<?> answers = (List<?>) io.streamhub.router.server.RunningRouter.parseAny(response.body());
		assertThat(answers).hasSize(3);
		assertThat(answers.get(0)).isEqualTo(Map.of("data", Map.of("me", Map.of("name", "Ada"))));
		assertThat(((Map<?, ?>) answers.get(1)).get("errors")).isNotNull();
		assertThat(answers.get(2).toString()).contains("Alan");
	}

	@Test
	void batchOverTheLimitIsRefused() {
		Map<String, Object> operation = Map.of("query", "{ me { id } }");

		HttpResponse<String> response = edge.post(List.of(operation, operation, operation, operation));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(EdgeRouter.firstErrorCode(response)).isEqualTo("BATCH_LIMIT_EXCEEDED");
	}

	@Test
	void emptyBatchIsRefused() {
		assertThat(edge.post("[]").statusCode()).isEqualTo(400);
	}

	@Test
	void responsesAreGzippedForClientsThatAcceptIt() throws IOException {
		HttpResponse<byte[]> response = sendBytes(HttpRequest.newBuilder(edge.uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept-Encoding", "gzip")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ users { id name } }\"}")));

		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"Alan\"");
		}
	}

	private static HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
		try {
			return java.net.http.HttpClient.newHttpClient()
				.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
