package io.streamhub.discovery.reindex;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.discovery.index.VideoIndex;
import io.streamhub.discovery.support.DiscoveryIntegrationTest;
import io.streamhub.discovery.support.TestEvents;
import io.streamhub.discovery.support.TestEvents.TestVideo;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mutation.reindexVideos: a new index built from the current documents and the replayed
 * stream, swapped in behind the alias.
 */
@DiscoveryIntegrationTest
class ReindexTests {

	private static final String REINDEX = "mutation { reindexVideos { index documents eventsReplayed } }";

	private static final String SEARCH = """
			query($q: String!, $c: String) { search(query: $q, filter: {category: $c}) { totalCount edges { node { id } } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestEvents events;

	@Autowired
	VideoIndex index;

	@Test
	void rebuildsIntoANewIndexAndSwapsTheAliasKeepingSearchResults() {
		String category = "reindex-" + UUID.randomUUID();
		TestVideo kept = TestVideo.ready(category, "Telescope mirror grinding", "astronomy");
		TestVideo gone = TestVideo.ready(category, "Telescope collimation", "astronomy");
		this.events.video("video.ready", kept, Instant.now());
		this.events.video("video.ready", gone, Instant.now());
		this.events.video("video.deleted", gone, Instant.now().plusSeconds(1));
		awaitTotal("telescope", category, 1);
		long documentsBefore = this.index.count(this.index.alias()).block();

		GraphQlResponse response = GraphQlClient.of(this.web)
			.withToken(TestEvents.token(UUID.randomUUID(), Role.ADMIN))
			.execute(REINDEX)
			.assertNoErrors();

		String newIndex = response.data("reindexVideos.index");
		assertThat(newIndex).startsWith("videos-");
		assertThat((Integer) response.data("reindexVideos.eventsReplayed")).isGreaterThanOrEqualTo(3);
		assertThat(((Integer) response.data("reindexVideos.documents")).longValue()).isEqualTo(documentsBefore);
		GraphQlResponse after = search("telescope", category).assertNoErrors();
		assertThat((List<String>) after.data("search.edges[*].node.id")).containsExactly(kept.id().toString());
	}

	@Test
	void isForAdminsOnly() {
		assertThat(GraphQlClient.of(this.web)
			.withToken(TestEvents.token(UUID.randomUUID(), Role.VIEWER))
			.execute(REINDEX)
			.errorCode()).isEqualTo("FORBIDDEN");
		assertThat(GraphQlClient.of(this.web).execute(REINDEX).errorCode()).isEqualTo("UNAUTHENTICATED");
	}

	private void awaitTotal(String text, String category, int total) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> search(text, category).assertNoErrors().<Integer>data("search.totalCount"),
					(found) -> found == total);
	}

	private GraphQlResponse search(String text, String category) {
		return GraphQlClient.of(this.web).execute(SEARCH, Map.of("q", text, "c", category));
	}

}
