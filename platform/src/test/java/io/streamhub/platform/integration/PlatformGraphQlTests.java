package io.streamhub.platform.integration;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.streamhub.platform.events.EventJson;
import io.streamhub.platform.events.OutboxRelay;
import io.streamhub.platform.events.StreamConsumers;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.EmbeddedInfrastructure;
import io.streamhub.platform.test.SharedInfrastructure;
import io.streamhub.platform.test.SqlStatementCounter;
import io.streamhub.platform.test.TestTokens;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DGS 12 service on WebFlux with R2DBC, Flyway and Redis, wired only by platform's
 * auto-configuration and {@link EmbeddedInfrastructure}: authentication, error mapping
 * (data fetchers, futures, DataLoaders), the principal in DataLoaders, rate limiting, the
 * outbox relay and SQL counting, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure(countSql = true)
class PlatformGraphQlTests {

	private static RedisClient redisClient;

	private static StatefulRedisConnection<String, String> redis;

	private final TestTokens tokens = TestTokens.shared();

	private final UUID userId = UUID.randomUUID();

	@Value("${local.server.port}")
	private int port;

	@Autowired
	private SqlStatementCounter sqlCounter;

	@Autowired
	private OutboxRelay relay;

	@Autowired
	private StreamConsumers consumers;

	private WebTestClient client;

	@BeforeAll
	static void connectRedis() {
		redisClient = RedisClient.create(SharedInfrastructure.redis().uri());
		redis = redisClient.connect();
	}

	@AfterAll
	static void disconnectRedis() {
		redis.close();
		redisClient.shutdown();
	}

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	@Test
	void validTokenMakesTheUserTheViewer() {
		query("{ me }", this.tokens.token(this.userId, Role.VIEWER)).jsonPath("$.data.me")
			.isEqualTo(this.userId.toString())
			.jsonPath("$.errors")
			.doesNotExist();
	}

	@Test
	void anonymousRequestRunsButRequiredViewerIsUnauthenticated() {
		query("{ me }", null).jsonPath("$.data.me")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNAUTHENTICATED")
			.jsonPath("$.errors[0].path[0]")
			.isEqualTo("me")
			.jsonPath("$.errors[0].locations[0].line")
			.isEqualTo(1);
	}

	@Test
	void invalidTokensAreAnsweredWithOneUnauthenticatedErrorAndNoData() {
		for (String bad : new String[] { this.tokens.expiredToken(this.userId, Role.VIEWER),
				this.tokens.algNoneToken(this.userId), this.tokens.hs256WithPublicKeyToken(this.userId),
				this.tokens.wrongAudienceToken(this.userId), "garbage" }) {
			query("{ me }", bad).jsonPath("$.data")
				.doesNotExist()
				.jsonPath("$.errors.length()")
				.isEqualTo(1)
				.jsonPath("$.errors[0].extensions.code")
				.isEqualTo("UNAUTHENTICATED");
		}
	}

	@Test
	void nonBearerAuthorizationIsUnauthenticated() {
		this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Basic dXNlcjpwYXNz")
			.bodyValue(Map.of("query", "{ me }"))
			.exchange()
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void missingRoleIsForbiddenAndAdminIsServed() {
		query("{ adminOnly }", this.tokens.token(this.userId, Role.VIEWER, Role.CREATOR))
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("FORBIDDEN");
		query("{ adminOnly }", this.tokens.token(this.userId, Role.ADMIN)).jsonPath("$.data.adminOnly")
			.isEqualTo("secret for " + this.userId);
	}

	@Test
	void eachErrorCodeCarriesItsExtensions() {
		query("{ fail(code: \"BAD_USER_INPUT\") }", null).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].extensions.field")
			.isEqualTo("code")
			.jsonPath("$.errors[0].message")
			.isEqualTo("code is not acceptable")
			.jsonPath("$.errors[0].path[0]")
			.isEqualTo("fail");
		query("{ fail(code: \"UNAUTHENTICATED\") }", null).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNAUTHENTICATED");
		query("{ fail(code: \"FORBIDDEN\") }", null).jsonPath("$.errors[0].extensions.code").isEqualTo("FORBIDDEN");
		query("{ fail(code: \"NOT_FOUND\") }", null).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("NOT_FOUND")
			.jsonPath("$.errors[0].message")
			.isEqualTo("no such video");
		query("{ fail(code: \"RATE_LIMITED\") }", null).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("RATE_LIMITED")
			.jsonPath("$.errors[0].extensions.retryAfterSeconds")
			.isEqualTo(42);
	}

	@Test
	void unexpectedExceptionIsInternalWithErrorIdAndNoInternals() {
		String body = queryRaw("{ fail(code: \"OTHER\") }", null);

		assertThat(body).doesNotContain("hunter2").doesNotContain("IllegalStateException").doesNotContain("at io.");
		query("{ fail(code: \"OTHER\") }", null).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("INTERNAL")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Internal server error")
			.jsonPath("$.errors[0].extensions.errorId")
			.isNotEmpty()
			.jsonPath("$.errors[0].path[0]")
			.isEqualTo("fail");
	}

	@Test
	void entityFetcherExceptionIsInternalWithoutInternals() {
		String query = "{ _entities(representations: [{__typename: \"Gadget\", id: \"1\"}]) { ... on Gadget { id } } }";

		String body = queryRaw(query, null);

		assertThat(body).contains("\"code\":\"INTERNAL\"")
			.contains("Internal server error")
			.doesNotContain("hunter2")
			.doesNotContain("IllegalStateException");
	}

	@Test
	void entityFetcherStreamhubExceptionKeepsItsCode() {
		String query = "{ _entities(representations: [{__typename: \"Gadget\", id: \"forbidden\"}]) { ... on Gadget { id } } }";

		query(query, null).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("FORBIDDEN")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Not your gadget");
	}

	@Test
	void failedCompletableFutureIsInternalWithoutInternals() {
		String body = queryRaw("{ failAsync }", null);

		assertThat(body).contains("\"code\":\"INTERNAL\"")
			.contains("Internal server error")
			.doesNotContain("secret")
			.doesNotContain("CompletionException");
	}

	@Test
	void dataLoaderSeesTheViewerThroughTheBatchLoaderContextAndBatches() {
		query("{ items(ids: [\"a\", \"b\"]) { id viewer } }", this.tokens.token(this.userId, Role.VIEWER))
			.jsonPath("$.data.items[0].viewer")
			.isEqualTo("a:" + this.userId + ":2")
			.jsonPath("$.data.items[1].viewer")
			.isEqualTo("b:" + this.userId + ":2");
		query("{ items(ids: [\"a\"]) { viewer } }", null).jsonPath("$.data.items[0].viewer").isEqualTo("a:anonymous:1");
	}

	@Test
	void dataLoaderExceptionsAreMappedPerField() {
		query("{ items(ids: [\"a\", \"b\"]) { id broken } }", null).jsonPath("$.errors.length()")
			.isEqualTo(2)
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("NOT_FOUND")
			.jsonPath("$.errors[0].message")
			.isEqualTo("item gone")
			.jsonPath("$.errors[0].path[2]")
			.isEqualTo("broken")
			.jsonPath("$.data.items[1].id")
			.isEqualTo("b");
		String body = queryRaw("{ items(ids: [\"a\"]) { exploding } }", null);
		assertThat(body).contains("\"code\":\"INTERNAL\"").doesNotContain("internals");
	}

	@Test
	void rateLimitAppliesPerUser() {
		String token = this.tokens.token(this.userId, Role.VIEWER);
		query("{ limited }", token).jsonPath("$.data.limited").isEqualTo("ok");
		query("{ limited }", token).jsonPath("$.data.limited").isEqualTo("ok");
		query("{ limited }", token).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("RATE_LIMITED")
			.jsonPath("$.errors[0].extensions.retryAfterSeconds")
			.value((Integer seconds) -> assertThat(seconds).isBetween(1, 60));
		query("{ limited }", this.tokens.token(UUID.randomUUID(), Role.VIEWER)).jsonPath("$.data.limited")
			.isEqualTo("ok");
	}

	@Test
	void committedMutationEventReachesTheStreamAndRolledBackOneDoesNot() {
		String token = this.tokens.token(this.userId, Role.CREATOR);
		query("mutation { createThing(title: \"rolled back\", failAfterWrite: true) }", token)
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("INTERNAL");
		query("mutation { createThing(title: \"kept\") }", token).jsonPath("$.data.createThing").isNotEmpty();

		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> redis.sync()
				.xrange(TestDataFetchers.STREAM, Range.create("-", "+"))
				.stream()
				.anyMatch((entry) -> entry.getBody().get("event").contains("kept")));
		assertThat(redis.sync().xrange(TestDataFetchers.STREAM, Range.create("-", "+")))
			.extracting((entry) -> EventJson.read(entry.getBody().get("event")))
			.allSatisfy((event) -> {
				assertThat(event.data().get("title")).isNotEqualTo("rolled back");
				assertThat(event.actor()).isNotNull();
			});
		assertThat(this.relay.isRunning()).isTrue();
		assertThat(this.consumers).isNotNull();
	}

	@Test
	void blankTitleIsBadUserInputNamingTheField() {
		query("mutation { createThing(title: \" \") }", null).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].extensions.field")
			.isEqualTo("title");
	}

	@Test
	void argumentThatDgsCannotConvertIsBadUserInput() {
		UUID id = UUID.randomUUID();
		query("{ byUuid(id: \"" + id + "\") }", null).jsonPath("$.data.byUuid").isEqualTo(id.toString());
		String body = queryRaw("{ byUuid(id: \"not-a-uuid\") }", null);

		assertThat(body).contains("\"code\":\"BAD_USER_INPUT\"").contains("\"field\":\"byUuid\"");
	}

	@Test
	void sqlStatementCounterCountsTheStatementsOfARequest() {
		this.sqlCounter.reset();

		query("{ thingCount }", null).jsonPath("$.data.thingCount").isNumber();

		assertThat(this.sqlCounter.statements()).containsExactly("SELECT count(*) FROM thing");
		assertThat(this.sqlCounter.count()).isEqualTo(1);
	}

	private WebTestClient.BodyContentSpec query(String query, @Nullable String token) {
		return request(query, token).expectStatus().isOk().expectBody();
	}

	private String queryRaw(String query, @Nullable String token) {
		return new String(request(query, token).expectBody().returnResult().getResponseBodyContent(),
				java.nio.charset.StandardCharsets.UTF_8);
	}

	private WebTestClient.ResponseSpec request(String query, @Nullable String token) {
		WebTestClient.RequestBodySpec request = this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON);
		if (token != null) {
			request = request.header("Authorization", "Bearer " + token);
		}
		return request.bodyValue(Map.of("query", query)).exchange();
	}

}
