package io.streamhub.router.execution;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.streamhub.router.GraphQlRequest;
import io.streamhub.router.GraphQlResponse;
import io.streamhub.router.RequestContext;
import io.streamhub.router.RouterEngine;
import io.streamhub.router.RouterOptions;
import io.streamhub.router.StreamhubSubgraphs;
import io.streamhub.router.TestSubgraph.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Identical reads in flight share one round trip to a real subgraph; different
 * credentials, mutations and later requests do not.
 */
class DeduplicatingSubgraphClientTests {

	private static final String ME = "{ me { username } }";

	private StreamhubSubgraphs subgraphs;

	private HttpSubgraphClient http;

	private DeduplicatingSubgraphClient client;

	private RouterEngine engine;

	@BeforeEach
	void start() {
		this.subgraphs = new StreamhubSubgraphs();
		this.http = HttpSubgraphClient.create();
		this.client = new DeduplicatingSubgraphClient(this.http, DeduplicatingSubgraphClient.TRACING_HEADERS);
		this.engine = RouterEngine.create(this.subgraphs.supergraph(), this.client,
				RouterOptions.defaults().withSubgraphTimeout(Duration.ofSeconds(15)));
	}

	@AfterEach
	void stop() {
		this.subgraphs.users().release();
		this.http.close();
		this.subgraphs.close();
	}

	@Test
	void identicalQueriesInFlightShareOneSubgraphRequest() {
		this.subgraphs.users().mode(Mode.HOLD);
		CompletableFuture<GraphQlResponse> first = run(ME, "Bearer a", "request-1");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.subgraphs.users().requests().size() == 1);
		CompletableFuture<GraphQlResponse> second = run(ME, "Bearer a", "request-2");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.client.sharedCount() == 1);

		this.subgraphs.users().release();

		assertThat(json(first.join())).isEqualTo("{\"data\":{\"me\":{\"username\":\"ada\"}}}");
		assertThat(json(second.join())).isEqualTo(json(first.join()));
		assertThat(this.subgraphs.users().requests()).hasSize(1);
		assertThat(this.client.inFlight()).isZero();
	}

	@Test
	void differentCredentialsAreNeverShared() {
		this.subgraphs.users().mode(Mode.HOLD);
		CompletableFuture<GraphQlResponse> first = run(ME, "Bearer a", "request-1");
		CompletableFuture<GraphQlResponse> second = run(ME, "Bearer b", "request-2");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.subgraphs.users().requests().size() == 2);

		this.subgraphs.users().release();

		assertThat(json(first.join())).isEqualTo(json(second.join()));
		assertThat(this.client.sharedCount()).isZero();
	}

	@Test
	void mutationsAlwaysGoOut() {
		this.subgraphs.users().mode(Mode.HOLD);
		String rename = "mutation { rename(name: \"ada\") { username } }";
		CompletableFuture<GraphQlResponse> first = run(rename, "Bearer a", "request-1");
		CompletableFuture<GraphQlResponse> second = run(rename, "Bearer a", "request-2");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.subgraphs.users().requests().size() == 2);

		this.subgraphs.users().release();

		assertThat(json(first.join())).doesNotContain("errors");
		assertThat(json(second.join())).doesNotContain("errors");
		assertThat(this.client.sharedCount()).isZero();
	}

	@Test
	void nothingIsKeptOnceAnswered() {
		run(ME, "Bearer a", "request-1").join();
		run(ME, "Bearer a", "request-2").join();

		assertThat(this.subgraphs.users().requests()).hasSize(2);
		assertThat(this.client.sharedCount()).isZero();
	}

	private CompletableFuture<GraphQlResponse> run(String query, String authorization, String requestId) {
		RequestContext context = new RequestContext(
				Map.of("authorization", List.of(authorization), "x-request-id", List.of(requestId)), null);
		return this.engine.execute(GraphQlRequest.of(query), context).orTimeout(30, TimeUnit.SECONDS);
	}

	private static String json(GraphQlResponse response) {
		return new String(response.toJsonBytes(), StandardCharsets.UTF_8);
	}

}
