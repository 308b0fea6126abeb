package io.streamhub.discovery.search;

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
 * Query.search over videos indexed from real events:videos entries. Each test uses its
 * own category, so tests do not see each other's videos.
 */
@DiscoveryIntegrationTest
@SuppressWarnings("unchecked")
class SearchTests {

	private static final String SEARCH = """
			query($q: String!, $f: SearchFilter, $s: SearchSort, $n: Int, $a: String) {
			  search(query: $q, filter: $f, sort: $s, first: $n, after: $a) {
			    totalCount edges { cursor node { id } highlights { field snippets } }
			    pageInfo { hasNextPage hasPreviousPage endCursor } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestEvents events;

	@Test
	void findsPublicReadyVideosByTitleTagsAndDescriptionWithTyposAndHighlights() {
		String category = category();
		TestVideo mountains = TestVideo.ready(category, "Mountain biking in the Alps", "Steep trails", "bikes");
		TestVideo recipe = TestVideo.ready(category, "Bread recipe", "Flour, water, salt and mountain air", "baking");
		TestVideo tagged = TestVideo.ready(category, "Weekend vlog", "Nothing special", "mountain");
		TestVideo hidden = TestVideo.ready(category, "Private mountain trip", "secret").withVisibility("PRIVATE");
		TestVideo processing = TestVideo.ready(category, "Mountain upload", "soon").withStatus("PROCESSING");
		publishReady(mountains, recipe, tagged, hidden, processing);

		GraphQlResponse response = awaitSearch("mountian", Map.of("category", category), 3);

		List<String> ids = response.data("search.edges[*].node.id");
		assertThat(ids).containsExactly(mountains.id().toString(), tagged.id().toString(), recipe.id().toString());
		assertThat((List<String>) response.data("search.edges[0].highlights[?(@.field == 'title')].snippets[0]"))
			.containsExactly("<em>Mountain</em> biking in the Alps");
		assertThat((Integer) response.data("search.totalCount")).isEqualTo(3);
	}

	@Test
	void filtersByTagsDurationAndPublication() {
		String category = category();
		Instant now = Instant.now();
		TestVideo shortOld = TestVideo.ready(category, "Guitar lesson one", "chords", "guitar", "beginner")
			.withDuration(100)
			.withPublishedAt(now.minus(Duration.ofDays(10)));
		TestVideo longNew = TestVideo.ready(category, "Guitar lesson two", "scales", "guitar").withDuration(1000);
		TestVideo other = TestVideo.ready(category, "Guitar lesson three", "rhythm", "drums").withDuration(500);
		publishReady(shortOld, longNew, other);
		awaitSearch("guitar lesson", Map.of("category", category), 3);

		assertThat(ids(search("guitar", Map.of("category", category, "tags", List.of("Guitar"))).assertNoErrors()))
			.containsExactlyInAnyOrder(shortOld.id().toString(), longNew.id().toString());
		assertThat(ids(search("guitar", Map.of("category", category, "tags", List.of("guitar", "beginner")))))
			.containsExactly(shortOld.id().toString());
		assertThat(ids(search("guitar", Map.of("category", category, "durationMin", 200, "durationMax", 600))))
			.containsExactly(other.id().toString());
		assertThat(ids(search("guitar",
				Map.of("category", category, "publishedAfter", now.minus(Duration.ofDays(1)).toString()))))
			.containsExactlyInAnyOrder(longNew.id().toString(), other.id().toString());
	}

	@Test
	void sortsByViewsAndNewest() {
		String category = category();
		Instant now = Instant.now();
		TestVideo popular = TestVideo.ready(category, "Chess opening", "e4")
			.withViews(900)
			.withPublishedAt(now.minusSeconds(3000));
		TestVideo newest = TestVideo.ready(category, "Chess endgame", "kings").withViews(10).withPublishedAt(now);
		TestVideo middle = TestVideo.ready(category, "Chess middlegame", "tactics")
			.withViews(100)
			.withPublishedAt(now.minusSeconds(1000));
		publishReady(popular, newest, middle);
		awaitSearch("chess", Map.of("category", category), 3);

		assertThat(ids(search("chess", Map.of("category", category), "VIEWS", 10, null)))
			.containsExactly(popular.id().toString(), middle.id().toString(), newest.id().toString());
		assertThat(ids(search("chess", Map.of("category", category), "NEWEST", 10, null)))
			.containsExactly(newest.id().toString(), middle.id().toString(), popular.id().toString());
	}

	@Test
	void pagesWithCursorsWithoutOverlap() {
		String category = category();
		for (int i = 0; i < 5; i++) {
			publishReady(TestVideo.ready(category, "Origami crane part " + i, "paper folding"));
		}
		awaitSearch("origami", Map.of("category", category), 5);

		GraphQlResponse first = search("origami", Map.of("category", category), "NEWEST", 2, null).assertNoErrors();
		String cursor = first.data("search.pageInfo.endCursor");
		GraphQlResponse second = search("origami", Map.of("category", category), "NEWEST", 2, cursor).assertNoErrors();
		GraphQlResponse third = search("origami", Map.of("category", category), "NEWEST", 2,
				second.data("search.pageInfo.endCursor"))
			.assertNoErrors();

		assertThat((Boolean) first.data("search.pageInfo.hasNextPage")).isTrue();
		assertThat((Boolean) second.data("search.pageInfo.hasPreviousPage")).isTrue();
		assertThat((Boolean) third.data("search.pageInfo.hasNextPage")).isFalse();
		List<String> all = new java.util.ArrayList<>(ids(first));
		all.addAll(ids(second));
		all.addAll(ids(third));
		assertThat(all).hasSize(5).doesNotHaveDuplicates();
		assertThat((Integer) second.data("search.totalCount")).isEqualTo(5);
	}

	@Test
	void queryTextIsNeverInterpretedAsQuerySyntax() {
		String category = category();
		TestVideo video = TestVideo.ready(category, "Cats AND dogs: title*", "a (friendly) video");
		publishReady(video);
		awaitSearch("friendly", Map.of("category", category), 1);

		for (String text : List.of("title:cats OR *", "\"unbalanced", "(cats", "{\"match_all\":{}}",
				"cats AND dogs~3 \\")) {
			GraphQlResponse response = search(text, Map.of("category", category)).assertNoErrors();
			assertThat((Integer) response.data("search.totalCount")).as(text).isLessThanOrEqualTo(1);
		}
		assertThat(ids(search("zebra OR *", Map.of("category", category)))).isEmpty();
	}

	@Test
	void badInputIsRefusedNamingTheArgument() {
		String category = category();
		publishReady(TestVideo.ready(category, "Pottery wheel", "clay"));
		GraphQlResponse page = awaitSearch("pottery", Map.of("category", category), 1);
		String cursor = page.data("search.edges[0].cursor");

		assertBadInput(search("", null), "query");
		assertBadInput(search("x".repeat(201), null), "query");
		assertBadInput(search("pottery", null, null, 51, null), "first");
		assertBadInput(search("pottery", null, null, 0, null), "first");
		assertBadInput(search("pottery", Map.of("durationMin", -1)), "filter.durationMin");
		assertBadInput(search("pottery", Map.of("durationMin", 10, "durationMax", 5)), "filter.durationMax");
		assertBadInput(
				search("pottery", Map.of("tags", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"))),
				"filter.tags");
		assertBadInput(search("pottery", Map.of("category", category), null, 10, "garbage!"), "after");
		assertBadInput(search("pottery", Map.of("category", category), null, 10, "czE"), "after");
		assertBadInput(search("clay", Map.of("category", category), null, 10, cursor), "after");
		assertBadInput(search("pottery", Map.of("category", category), "VIEWS", 10, cursor), "after");
	}

	@Test
	void followsDeletionsAndVisibilityChangesAndIgnoresStaleEvents() {
		String category = category();
		TestVideo kept = TestVideo.ready(category, "Sailing basics", "knots");
		TestVideo deleted = TestVideo.ready(category, "Sailing regatta", "race");
		TestVideo hidden = TestVideo.ready(category, "Sailing at night", "stars");
		Instant start = Instant.now();
		publishReady(kept, deleted, hidden);
		awaitSearch("sailing", Map.of("category", category), 3);

		this.events.video("video.deleted", deleted, start.plusSeconds(5));
		this.events.video("video.visibility_changed", hidden.withVisibility("PRIVATE"), start.plusSeconds(5));
		this.events.video("video.updated", kept.withTitle("Sailing for beginners"), start.plusSeconds(5));
		// Redelivered or late events older than what the index holds change nothing.
		this.events.video("video.updated", deleted, start.plusSeconds(1));
		this.events.video("video.updated", kept.withTitle("Sailing old title"), start.plusSeconds(2));

		GraphQlResponse response = awaitSearch("sailing beginners", Map.of("category", category), 1);
		assertThat(ids(response)).containsExactly(kept.id().toString());
		assertThat(ids(search("regatta", Map.of("category", category)))).isEmpty();
		assertThat(ids(search("old title", Map.of("category", category)))).isEmpty();
	}

	private void publishReady(TestVideo... videos) {
		for (TestVideo video : videos) {
			this.events.video("video.ready", video, Instant.now());
		}
	}

	private GraphQlResponse awaitSearch(String text, Map<String, Object> filter, int expected) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> search(text, filter).assertNoErrors(), (response) -> {
			Integer total = response.data("search.totalCount");
			return total != null && total == expected;
		});
	}

	private GraphQlResponse search(String text, Map<String, Object> filter) {
		return search(text, filter, null, 10, null);
	}

	private GraphQlResponse search(String text, Map<String, Object> filter, String sort, Integer first, String after) {
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put("q", text);
		variables.put("f", filter);
		variables.put("s", sort);
		variables.put("n", first);
		variables.put("a", after);
		return GraphQlClient.of(this.web).execute(SEARCH, variables);
	}

	private static List<String> ids(GraphQlResponse response) {
		List<String> ids = response.data("search.edges[*].node.id");
		return (ids != null) ? ids : List.of();
	}

	private static void assertBadInput(GraphQlResponse response, String field) {
		assertThat(response.errorCode()).as(response.toString()).isEqualTo("BAD_USER_INPUT");
		assertThat(response.errorField()).as(response.toString()).isEqualTo(field);
	}

	static String category() {
		return "test-" + UUID.randomUUID();
	}

}
