package io.streamhub.discovery.suggest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Query.autocomplete: the completion suggester over titles of searchable videos.
 */
@DiscoveryIntegrationTest
class AutocompleteTests {

	private static final String AUTOCOMPLETE = """
			query($p: String!, $n: Int) { autocomplete(prefix: $p, first: $n) { text video { id } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestEvents events;

	@Test
	void suggestsTitlesByPrefixToleratingTyposWithoutDuplicates() {
		String word = "Quokka" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
		TestVideo first = TestVideo.ready("cat", word + " island tour", "animals");
		TestVideo duplicate = TestVideo.ready("cat", word + " island tour", "again");
		TestVideo other = TestVideo.ready("cat", word + " feeding time", "animals");
		TestVideo hidden = TestVideo.ready("cat", word + " private diary", "x").withVisibility("PRIVATE");
		for (TestVideo video : List.of(first, duplicate, other, hidden)) {
			this.events.video("video.ready", video, Instant.now());
		}
		String prefix = word.toLowerCase().substring(0, 8);

		GraphQlResponse response = await().atMost(Duration.ofSeconds(30))
			.until(() -> autocomplete(prefix, 5).assertNoErrors(),
					(r) -> ((List<?>) r.data("autocomplete")).size() == 2);

		List<String> texts = response.data("autocomplete[*].text");
		assertThat(texts).containsExactlyInAnyOrder(word + " island tour", word + " feeding time");
		String typo = "Q" + "ou" + word.substring(3, 8).toLowerCase();
		assertThat((List<String>) autocomplete(typo, 5).assertNoErrors().data("autocomplete[*].text"))
			.contains(word + " feeding time");
		assertThat((List<?>) autocomplete(prefix, 1).assertNoErrors().data("autocomplete")).hasSize(1);
	}

	@Test
	void refusesBadArguments() {
		assertThat(autocomplete("", 5).errorField()).isEqualTo("prefix");
		assertThat(autocomplete("a".repeat(101), 5).errorField()).isEqualTo("prefix");
		assertThat(autocomplete("abc", 11).errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(autocomplete("abc", 0).errorField()).isEqualTo("first");
	}

	private GraphQlResponse autocomplete(String prefix, int first) {
		return GraphQlClient.of(this.web).execute(AUTOCOMPLETE, Map.of("p", prefix, "n", first));
	}

}
