package io.streamhub.router.server.edge;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.streamhub.router.server.client.ClientRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Persisted operations by policy: partners send ids only (each refusal with its code and
 * status), first-party apps use APQ (Apollo Client's protocol, with the Redis tier), the
 * manifest reloads without restart.
 */
class PersistedQueryTests {

	private static final String USERS_ID = ClientRegistry.sha256(EdgeRouter.USERS_QUERY);

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
	void partnerRunsAPersistedOperationByExtensionsHash() {
		HttpResponse<String> response = edge.post(byHash(USERS_ID), "x-api-key", EdgeRouter.PARTNER_KEY);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(EdgeRouter.body(response)).isEqualTo(Map.of("data",
				Map.of("users", List.of(Map.of("id", "1", "name", "Ada"), Map.of("id", "2", "name", "Alan")))));
	}

	@Test
	void partnerRunsAPersistedOperationByDocumentIdOverPostAndGet() {
		HttpResponse<String> post = edge.post(Map.of("documentId", "sha256:" + USERS_ID), "x-api-key",
				EdgeRouter.PARTNER_KEY);
		HttpResponse<String> get = edge.get("/graphql?documentId=" + encode("sha256:" + USERS_ID), "x-api-key",
				EdgeRouter.PARTNER_KEY);

		assertThat(post.statusCode()).isEqualTo(200);
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.body()).isEqualTo(post.body()).contains("\"Ada\"");
	}

	@Test
	void persistedMutationOverGetIs405() {
		String id = ClientRegistry.sha256(EdgeRouter.RENAME_MUTATION);

		HttpResponse<String> response = edge.get("/graphql?documentId=" + encode("sha256:" + id), "x-api-key",
				EdgeRouter.PARTNER_KEY);

		assertThat(response.statusCode()).isEqualTo(405);
	}

	@Test
	void partnerSendingADocumentIsRefusedEvenWhenItIsRegistered() {
		HttpResponse<String> response = edge.post(EdgeRouter.query(EdgeRouter.USERS_QUERY), "x-api-key",
				EdgeRouter.PARTNER_KEY);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(EdgeRouter.firstErrorCode(response)).isEqualTo("PERSISTED_QUERY_ID_REQUIRED");
	}

	@Test
	void partnerSendingAnIdAndADocumentIsRefused() {
		Map<String, Object> body = Map.of("query", EdgeRouter.USERS_QUERY, "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", USERS_ID)));

		HttpResponse<String> response = edge.post(body, "x-api-key", EdgeRouter.PARTNER_KEY);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(EdgeRouter.firstErrorCode(response)).isEqualTo("CANNOT_SEND_PQ_ID_AND_BODY");
	}

	@Test
	void partnerSendingAnUnknownIdGets404() {
		HttpResponse<String> response = edge.post(byHash(ClientRegistry.sha256("{ me { id } }")), "x-api-key",
				EdgeRouter.PARTNER_KEY);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(EdgeRouter.firstErrorCode(response)).isEqualTo("PERSISTED_QUERY_NOT_IN_LIST");
	}

	@Test
	void unknownApiKeyIs401() {
		HttpResponse<String> response = edge.post(byHash(USERS_ID), "x-api-key", "guessed-key");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(EdgeRouter.firstErrorCode(response)).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void anonymousClientsMaySendDocumentsAndManifestIds() {
		assertThat(edge.post(EdgeRouter.query("{ me { name } }")).body())
			.isEqualTo("{\"data\":{\"me\":{\"name\":\"Ada\"}}}");
		assertThat(edge.post(byHash(USERS_ID)).body()).contains("\"Alan\"");
	}

	@Test
	void firstPartyApqRoundTripLikeApolloClient() {
		String query = "query ApqUsers { users { name } }";
		String hash = ClientRegistry.sha256(query);
		Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));

		HttpResponse<String> miss = edge.post(Map.of("extensions", extensions), "apollographql-client-name", "web");
		HttpResponse<String> register = edge.post(Map.of("query", query, "extensions", extensions),
				"apollographql-client-name", "web");
		HttpResponse<String> hit = edge.get("/graphql?extensions=" + encode(RunningRouterJson.json(extensions)),
				"apollographql-client-name", "web");

		assertThat(miss.statusCode()).isEqualTo(200);
		assertThat(miss.body()).isEqualTo(
				"{\"errors\":[{\"message\":\"PersistedQueryNotFound\",\"extensions\":{\"code\":\"PERSISTED_QUERY_NOT_FOUND\"}}]}");
		assertThat(register.body()).isEqualTo("{\"data\":{\"users\":[{\"name\":\"Ada\"},{\"name\":\"Alan\"}]}}");
		assertThat(hit.body()).isEqualTo(register.body());
		assertThat(redisValue("router:apq:" + hash)).isEqualTo(query);
	}

	@Test
	void apqHashThatDoesNotMatchTheDocumentIsRefused() {
		Map<String, Object> body = Map.of("query", "{ users { id } }", "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", ClientRegistry.sha256("{ me { id } }"))));

		HttpResponse<String> response = edge.post(body, "apollographql-client-name", "web");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(EdgeRouter.firstErrorCode(response)).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
	}

	@Test
	void anonymousClientsCannotRegisterApqDocuments() {
		String query = "query AnonymousApq { me { id } }";
		String hash = ClientRegistry.sha256(query);
		Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));

		HttpResponse<String> withDocument = edge.post(Map.of("query", query, "extensions", extensions));
		HttpResponse<String> byHashOnly = edge.post(Map.of("extensions", extensions));

		assertThat(withDocument.body()).isEqualTo("{\"data\":{\"me\":{\"id\":\"1\"}}}");
		assertThat(byHashOnly.body()).contains("PERSISTED_QUERY_NOT_FOUND");
		assertThat(redisValue("router:apq:" + hash)).isNull();
	}

	@Test
	void manifestChangesAreServedWithoutRestart() throws Exception {
		String added = "query Me { me { id name } }";
		String id = ClientRegistry.sha256(added);
		assertThat(edge.post(byHash(id), "x-api-key", EdgeRouter.PARTNER_KEY).statusCode()).isEqualTo(404);

		EdgeRouter.writeManifest(edge.manifest, EdgeRouter.USERS_QUERY, EdgeRouter.RENAME_MUTATION, added);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(edge.post(byHash(id), "x-api-key", EdgeRouter.PARTNER_KEY).body())
				.isEqualTo("{\"data\":{\"me\":{\"id\":\"1\",\"name\":\"Ada\"}}}"));
	}

	private static Map<String, Object> byHash(String hash) {
		return Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String redisValue(String key) {
		RedisClient client = RedisClient.create(EdgeRouter.redisUrl());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return connection.sync().get(key);
		}
		finally {
			client.shutdown();
		}
	}

	private static final class RunningRouterJson {

		static String json(Object value) {
			return io.streamhub.router.server.RunningRouter.json(value);
		}

	}

}
