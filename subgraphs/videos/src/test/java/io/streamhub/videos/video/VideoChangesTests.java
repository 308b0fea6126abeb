package io.streamhub.videos.video;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.videos.support.Streams;
import io.streamhub.videos.support.TestVideos;
import io.streamhub.videos.support.VideosIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * updateVideo and deleteVideo: ownership, validation, events, and listings with keyset
 * cursors.
 */
@VideosIntegrationTest
class VideoChangesTests {

	private static final String UPDATE = """
			mutation($id: ID!, $input: UpdateVideoInput!) {
			  updateVideo(id: $id, input: $input) { id title tags category visibility }
			}""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@Test
	void ownerUpdatesAndTheChangeIsAnnouncedWithIndexableFields() {
		UUID owner = UUID.randomUUID();
		String id = this.videos.ready(owner, "PUBLIC").toString();
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(owner, Role.CREATOR));

		GraphQlResponse updated = client
			.execute(UPDATE,
					Map.of("id", id, "input",
							Map.of("title", "  New title ", "tags", List.of("Go", "GO"), "visibility", "UNLISTED")))
			.assertNoErrors();

		assertThat((String) updated.data("updateVideo.title")).isEqualTo("New title");
		assertThat((List<String>) updated.data("updateVideo.tags")).containsExactly("go");
		assertThat((String) updated.data("updateVideo.visibility")).isEqualTo("UNLISTED");
		assertThat((String) updated.data("updateVideo.category")).isEqualTo("general");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(types(id)).contains("video.updated", "video.visibility_changed"));
		EventEnvelope event = events(id).stream()
			.filter((candidate) -> candidate.type().equals("video.updated"))
			.findFirst()
			.orElseThrow();
		assertThat(event.data()).containsEntry("title", "New title")
			.containsEntry("visibility", "UNLISTED")
			.containsEntry("creatorId", owner.toString())
			.containsKeys("tags", "category", "status", "publishedAt", "durationSeconds");
	}

	@Test
	void othersCannotUpdateOrDeleteAndHtmlIsRefused() {
		UUID owner = UUID.randomUUID();
		String id = this.videos.ready(owner, "PUBLIC").toString();
		String hidden = this.videos.ready(owner, "PRIVATE").toString();
		GraphQlClient other = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.CREATOR));
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(owner, Role.CREATOR));

		assertThat(other.execute(UPDATE, Map.of("id", id, "input", Map.of("title", "Mine now"))).errorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(other.execute(UPDATE, Map.of("id", hidden, "input", Map.of("title", "Mine now"))).errorCode())
			.isEqualTo("NOT_FOUND");
		assertThat(other.execute("mutation($id: ID!) { deleteVideo(id: $id) }", Map.of("id", id)).errorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(
				GraphQlClient.of(this.web).execute(UPDATE, Map.of("id", id, "input", Map.of("title", "x"))).errorCode())
			.isEqualTo("UNAUTHENTICATED");
		GraphQlResponse html = client.execute(UPDATE,
				Map.of("id", id, "input", Map.of("description", "<img src=x onerror=alert(1)>")));
		assertThat(html.errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(html.errorField()).isEqualTo("input.description");
		assertThat((String) client.execute("query($id: ID!) { video(id: $id) { title } }", Map.of("id", id))
			.data("video.title")).startsWith("Video ");
	}

	@Test
	void deletedVideosDisappearEverywhereAtOnce() {
		UUID owner = UUID.randomUUID();
		String id = this.videos.ready(owner, "PUBLIC").toString();
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(owner, Role.CREATOR));

		assertThat((Boolean) client.execute("mutation($id: ID!) { deleteVideo(id: $id) }", Map.of("id", id))
			.assertNoErrors()
			.data("deleteVideo")).isTrue();

		assertThat(client.execute("query($id: ID!) { video(id: $id) { id } }", Map.of("id", id))
			.assertNoErrors()
			.<Object>data("video")).isNull();
		assertThat((List<Object>) client
			.execute("query($c: ID!) { videos(filter: {creatorId: $c}) { edges { node { id } } } }",
					Map.of("c", owner.toString()))
			.data("videos.edges")).isEmpty();
		assertThat(client.execute("mutation($id: ID!) { deleteVideo(id: $id) }", Map.of("id", id)).errorCode())
			.isEqualTo("NOT_FOUND");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(types(id)).contains("video.deleted"));
	}

	@Test
	void cursorsPageThroughEveryOrderingWithoutRepeatsOrGaps() {
		UUID owner = UUID.randomUUID();
		List<String> ids = List.of(this.videos.ready(owner, "PUBLIC").toString(),
				this.videos.ready(owner, "PUBLIC").toString(), this.videos.ready(owner, "PUBLIC").toString(),
				this.videos.ready(owner, "PUBLIC").toString(), this.videos.ready(owner, "PUBLIC").toString());
		GraphQlClient client = GraphQlClient.of(this.web);
		String query = """
				query($c: ID!, $order: VideoOrder!, $after: String) {
				  videos(filter: {creatorId: $c}, orderBy: $order, first: 2, after: $after) {
				    edges { node { id } } pageInfo { hasNextPage endCursor }
				  }
				}""";

		List<String> newest = pageAll(client, query, owner, "NEWEST");
		List<String> mostViewed = pageAll(client, query, owner, "MOST_VIEWED");

		List<String> newestFirst = new java.util.ArrayList<>(ids);
		java.util.Collections.reverse(newestFirst);
		assertThat(newest).containsExactlyElementsOf(newestFirst);
		assertThat(mostViewed).containsExactlyInAnyOrderElementsOf(ids).doesNotHaveDuplicates();
		GraphQlResponse wrongKind = client.execute(query,
				Map.of("c", owner.toString(), "order", "MOST_LIKED", "after",
						client.execute(query, Map.of("c", owner.toString(), "order", "NEWEST"))
							.<String>data("videos.pageInfo.endCursor")));
		assertThat(wrongKind.errorField()).isEqualTo("after");
		assertThat(client.execute("{ videos(first: 101) { edges { cursor } } }").errorField()).isEqualTo("first");
	}

	private static List<String> pageAll(GraphQlClient client, String query, UUID owner, String order) {
		List<String> all = new java.util.ArrayList<>();
		String after = null;
		for (int page = 0; page < 10; page++) {
			Map<String, Object> variables = new java.util.HashMap<>(Map.of("c", owner.toString(), "order", order));
			variables.put("after", after);
			GraphQlResponse response = client.execute(query, variables).assertNoErrors();
			all.addAll(response.data("videos.edges[*].node.id"));
			if (!Boolean.TRUE.equals(response.data("videos.pageInfo.hasNextPage"))) {
				return all;
			}
			after = response.data("videos.pageInfo.endCursor");
		}
		throw new AssertionError("did not end");
	}

	private List<EventEnvelope> events(String id) {
		return Streams.read(this.redis, "events:videos")
			.stream()
			.filter((event) -> event.subject().id().toString().equals(id))
			.toList();
	}

	private List<String> types(String id) {
		return events(id).stream().map(EventEnvelope::type).toList();
	}

}
