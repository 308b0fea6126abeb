package io.streamhub.router.conformance.subgraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.streamhub.router.conformance.fixture.Fixture;
import io.streamhub.router.conformance.fixture.FixtureLoader;
import io.streamhub.router.conformance.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FixtureSubgraphServerTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static FixtureSubgraphServer server;

	@BeforeAll
	static void start() throws Exception {
		Fixture fixture = FixtureLoader.load(Path.of("src/test/resources/fixtures/simple-entity-call"));
		server = FixtureSubgraphServer.start(fixture, FixtureResolvers.NONE);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void serviceSdlIsServedLikeARealSubgraph() throws Exception {
		JsonNode response = post("stats", "{ _service { sdl } }");

		assertThat(response.at("/data/_service/sdl").asText()).contains("subscriberCount");
	}

	@Test
	void rootFieldsResolveReferencesToStoredRecords() throws Exception {
		JsonNode response = post("channels", "{ featuredChannel { id name } }");

		assertThat(response.get("data"))
			.isEqualTo(Json.parse("{\"featuredChannel\":{\"id\":\"c2\",\"name\":\"Bread Lab\"}}"));
	}

	@Test
	void entitiesAreResolvedInOrderWithNullForUnknownKeys() throws Exception {
		JsonNode response = post("stats",
				"{ _entities(representations: [{__typename: \"Channel\", id: \"c3\"}, {__typename: \"Channel\", id: \"c1\"}])"
						+ " { ... on Channel { subscriberCount } } }");

		assertThat(response.get("data")).isEqualTo(Json.parse("{\"_entities\":[null,{\"subscriberCount\":1200}]}"));
	}

	@Test
	void requestsAreRecordedPerSubgraph() throws Exception {
		server.clearRequests();

		post("channels", "{ channels { id } }");

		assertThat(server.requests()).extracting(RecordedRequest::subgraph).containsExactly("channels");
		assertThat(server.requests().get(0).query()).isEqualTo("{ channels { id } }");
	}

	private static JsonNode post(String subgraph, String query) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(subgraph)))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("query", query))))
			.build();
		return Json.parse(HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
	}

}
