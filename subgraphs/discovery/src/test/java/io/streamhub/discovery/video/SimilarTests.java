package io.streamhub.discovery.video;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.discovery.config.ElasticsearchRequests;
import io.streamhub.discovery.support.DiscoveryIntegrationTest;
import io.streamhub.discovery.support.TestEvents;
import io.streamhub.discovery.support.TestEvents.TestVideo;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Video.similar through {@code _entities}, as the router calls it: more_like_this on the
 * video, every video of a request answered by ONE Elasticsearch request.
 */
@DiscoveryIntegrationTest
@SuppressWarnings("unchecked")
class SimilarTests {

	private static final String ENTITIES = """
			query($r: [_Any!]!, $n: Int) { _entities(representations: $r) { ... on Video { id similar(first: $n) { id } } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestEvents events;

	@Autowired
	ElasticsearchRequests requests;

	@Test
	void similarVideosShareWordsAndExcludeTheVideoItself() {
		TestVideo volcano = TestVideo.ready("sim", "Volcano eruption footage", "lava volcano eruption", "volcano");
		TestVideo alike = TestVideo.ready("sim", "Volcano lava flows", "lava flows from the volcano", "volcano");
		TestVideo unrelated = TestVideo.ready("sim", "Knitting socks", "wool needles", "knitting");
		TestVideo hidden = TestVideo.ready("sim", "Volcano lava private", "lava volcano", "volcano")
			.withVisibility("PRIVATE");
		for (TestVideo video : List.of(volcano, alike, unrelated, hidden)) {
			this.events.video("video.ready", video, Instant.now());
		}

		List<String> similar = await().atMost(Duration.ofSeconds(30))
			.until(() -> entities(List.of(volcano.id()), 10).assertNoErrors()
				.<List<String>>data("_entities[0].similar[*].id"), (ids) -> ids.contains(alike.id().toString()));

		assertThat(similar).doesNotContain(volcano.id().toString(), unrelated.id().toString(), hidden.id().toString());
		assertThat((List<Object>) entities(List.of(hidden.id()), 10).assertNoErrors().data("_entities[0].similar"))
			.isEmpty();
	}

	@Test
	void fiftyVideosCostOneElasticsearchRequestLikeFive() {
		List<UUID> five = ids(5);
		List<UUID> fifty = ids(50);
		entities(five, 3).assertNoErrors();

		long before = this.requests.count();
		entities(five, 3).assertNoErrors();
		long forFive = this.requests.count() - before;
		before = this.requests.count();
		GraphQlResponse response = entities(fifty, 3).assertNoErrors();
		long forFifty = this.requests.count() - before;

		System.out.printf("discovery: %d Elasticsearch requests for Video.similar of 5 videos, %d for 50%n", forFive,
				forFifty);
		assertThat((List<Object>) response.data("_entities")).hasSize(50);
		assertThat(forFifty).isEqualTo(forFive).isEqualTo(1);
	}

	@Test
	void refusesBadPageSizes() {
		GraphQlResponse response = entities(List.of(UUID.randomUUID()), 21);
		assertThat(response.errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(response.errorField()).isEqualTo("first");
	}

	private GraphQlResponse entities(List<UUID> ids, int first) {
		List<Map<String, Object>> representations = ids.stream()
			.<Map<String, Object>>map((id) -> Map.of("__typename", "Video", "id", id.toString()))
			.toList();
		return GraphQlClient.of(this.web).execute(ENTITIES, Map.of("r", representations, "n", first));
	}

	private static List<UUID> ids(int count) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(UUID.randomUUID());
		}
		return ids;
	}

}
