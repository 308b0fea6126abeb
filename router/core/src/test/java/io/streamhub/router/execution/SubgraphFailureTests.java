package io.streamhub.router.execution;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.streamhub.router.GraphQlRequest;
import io.streamhub.router.GraphQlResponse;
import io.streamhub.router.RequestContext;
import io.streamhub.router.RouterEngine;
import io.streamhub.router.RouterOptions;
import io.streamhub.router.StreamhubSubgraphs;
import io.streamhub.router.TestSubgraph.Mode;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broken subgraph yields partial data and errors naming it, never an exception or a
 * stack trace.
 */
class SubgraphFailureTests {

	private StreamhubSubgraphs subgraphs;

	private HttpSubgraphClient client;

	private RouterEngine engine;

	@BeforeEach
	void start() {
		this.subgraphs = new StreamhubSubgraphs();
		this.client = HttpSubgraphClient.create();
		this.engine = RouterEngine.create(this.subgraphs.supergraph(), this.client,
				RouterOptions.defaults().withSubgraphTimeout(Duration.ofSeconds(15)));
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.subgraphs.close();
	}

	private GraphQlResponse run(String query) {
		return this.engine.execute(GraphQlRequest.of(query), RequestContext.empty())
			.orTimeout(20, TimeUnit.SECONDS)
			.join();
	}

	private static String json(GraphQlResponse response) {
		return new String(response.toJsonBytes(), StandardCharsets.UTF_8);
	}

	@Test
	void http500FromAnEntitySubgraphKeepsTheRestOfTheData() {
		this.subgraphs.comments().mode(Mode.HTTP_500);
		GraphQlResponse response = run("{ video(id: \"v1\") { title commentCount } me { username } }");
		assertThat(response.data()).containsEntry("video", null);
		assertThat(json(response)).contains("\"me\":{\"username\":\"ada\"}")
			.contains("HTTP 500 from subgraph 'comments'")
			.contains("\"serviceName\":\"comments\"")
			.doesNotContain("Exception")
			.doesNotContain("at io.");
	}

	@Test
	void invalidJsonFromARootSubgraphIsAnErrorNotACrash() {
		this.subgraphs.users().mode(Mode.INVALID_JSON);
		GraphQlResponse response = run("{ me { username } video(id: \"v1\") { title } }");
		assertThat(json(response)).contains("\"video\":{\"title\":\"Intro\"}")
			.contains("invalid JSON from subgraph 'users'")
			.contains("\"me\":null");
		assertThat(response.isRequestError()).isFalse();
	}

	@Test
	void slowSubgraphTimesOutWithPartialData() {
		this.subgraphs.users().mode(Mode.HANG);
		RouterEngine impatient = RouterEngine.create(this.subgraphs.supergraph(), this.client,
				RouterOptions.defaults().withSubgraphTimeouts(java.util.Map.of("users", Duration.ofMillis(500))));
		GraphQlResponse response = impatient
			.execute(GraphQlRequest.of("{ me { username } video(id: \"v1\") { title } }"), RequestContext.empty())
			.orTimeout(20, TimeUnit.SECONDS)
			.join();
		assertThat(json(response)).contains("\"video\":{\"title\":\"Intro\"}")
			.contains("Subgraph 'users' did not respond within 500 ms");
	}

	@Test
	void perSubgraphTimeoutOverridesTheDefault() {
		this.subgraphs.users().mode(Mode.HANG);
		RouterEngine patient = RouterEngine.create(this.subgraphs.supergraph(), this.client,
				RouterOptions.defaults().withSubgraphTimeouts(java.util.Map.of("users", Duration.ofMillis(300))));
		GraphQlResponse response = patient.execute(GraphQlRequest.of("{ me { username } }"), RequestContext.empty())
			.orTimeout(20, TimeUnit.SECONDS)
			.join();
		assertThat(json(response)).contains("Subgraph 'users' did not respond within 300 ms");
	}

	@Test
	void unreachableSubgraphIsReportedByName() {
		Supergraph supergraph = Supergraph.parse(
				this.subgraphs.supergraph().sdl().replace(this.subgraphs.users().url(), "http://127.0.0.1:1/graphql"));
		RouterEngine broken = RouterEngine.create(supergraph, this.client, RouterOptions.defaults());
		GraphQlResponse response = broken.execute(GraphQlRequest.of("{ me { username } }"), RequestContext.empty())
			.orTimeout(20, TimeUnit.SECONDS)
			.join();
		assertThat(response.data()).containsEntry("me", null);
		assertThat(response.errors()).singleElement()
			.satisfies((error) -> assertThat(error.extensions()).containsEntry("serviceName", "users"));
	}

}
