package io.streamhub.discovery.indexing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.streamhub.discovery.config.ElasticsearchRequests;
import io.streamhub.discovery.index.ElasticsearchCalls;
import io.streamhub.discovery.index.VideoIndex;
import io.streamhub.discovery.support.DiscoveryIntegrationTest;
import io.streamhub.discovery.support.TestEvents;
import io.streamhub.discovery.support.TestEvents.TestVideo;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The indexer's side effects: counters reach the index in bulk, creator usernames follow
 * user.registered whichever comes first.
 */
@DiscoveryIntegrationTest
class IndexingTests {

	private static final String SEARCH = """
			query($q: String!, $c: String) { search(query: $q, filter: {category: $c}, sort: VIEWS) { edges { node { id } } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestEvents events;

	@Autowired
	CounterFlusher flusher;

	@Autowired
	ElasticsearchRequests requests;

	@Autowired
	DatabaseClient db;

	@Autowired
	ElasticsearchAsyncClient client;

	@Autowired
	VideoIndex index;

	@Test
	void countersOfManyVideosReachTheIndexInOneBulkRequest() {
		String category = "counters-" + UUID.randomUUID();
		List<TestVideo> videos = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			TestVideo video = TestVideo.ready(category, "Juggling clip " + i, "balls");
			videos.add(video);
			this.events.video("video.ready", video, Instant.now());
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> ids(category).size() == 20);
		for (int i = 0; i < 20; i++) {
			this.events.views(videos.get(i).id(), 100L * i + 1, 0);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> dirtyCount(videos) == 20);

		long before = this.requests.count();
		int flushed = this.flusher.flush().block();
		long used = this.requests.count() - before;

		System.out.printf("discovery: %d counters flushed with %d Elasticsearch request(s)%n", flushed, used);
		assertThat(flushed).isGreaterThanOrEqualTo(20);
		assertThat(used).isEqualTo(1);
		assertThat(dirtyCount(videos)).isZero();
		List<String> byViews = await().atMost(Duration.ofSeconds(30))
			.until(() -> ids(category), (ids) -> ids.get(0).equals(videos.get(19).id().toString()));
		assertThat(byViews.get(19)).isEqualTo(videos.get(0).id().toString());
	}

	@Test
	void creatorUsernamesAreIndexedWhicheverEventComesFirst() {
		String category = "creators-" + UUID.randomUUID();
		UUID early = UUID.randomUUID();
		UUID late = UUID.randomUUID();
		String earlyName = "early" + early.toString().substring(0, 6);
		String lateName = "late" + late.toString().substring(0, 6);
		this.events.registered(early, earlyName);
		TestVideo first = TestVideo.ready(category, "Pinhole camera", "photography").withCreator(early);
		TestVideo second = TestVideo.ready(category, "Pinhole lens", "photography").withCreator(late);
		await().atMost(Duration.ofSeconds(30)).until(() -> username(early) != null);
		this.events.video("video.ready", first, Instant.now());
		this.events.video("video.ready", second, Instant.now());
		await().atMost(Duration.ofSeconds(30)).until(() -> ids(category).size() == 2);
		this.events.registered(late, lateName);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> withUsername(category, lateName) == 1 && withUsername(category, earlyName) == 1);
	}

	private String username(UUID id) {
		return this.db.sql("SELECT username FROM creator WHERE user_id = :id")
			.bind("id", id)
			.map((row, meta) -> row.get("username", String.class))
			.one()
			.block();
	}

	private int dirtyCount(List<TestVideo> videos) {
		Long count = this.db.sql("SELECT count(*) AS n FROM video_counter WHERE dirty AND video_id = ANY(:ids)")
			.bind("ids", videos.stream().map(TestVideo::id).toArray(UUID[]::new))
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
		return (count != null) ? count.intValue() : 0;
	}

	private List<String> ids(String category) {
		GraphQlResponse response = GraphQlClient.of(this.web)
			.execute(SEARCH, Map.of("q", "juggling pinhole", "c", category))
			.assertNoErrors();
		return response.data("search.edges[*].node.id");
	}

	private long withUsername(String category, String username) {
		return ElasticsearchCalls
			.call(() -> this.client.count(
					(c) -> c.index(this.index.alias())
						.query((q) -> q.bool((b) -> b.filter((f) -> f.term((t) -> t.field("category").value(category)))
							.filter((f) -> f.term((t) -> t.field("creatorUsername").value(username)))))))
			.block()
			.count();
	}

}
