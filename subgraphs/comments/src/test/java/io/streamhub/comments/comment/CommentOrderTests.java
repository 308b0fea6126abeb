package io.streamhub.comments.comment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.comments.support.CommentsIntegrationTest;
import io.streamhub.comments.support.TestVideos;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Video.comments(orderBy: NEWEST | TOP)}: TOP is most liked first, equal counts
 * newest first, and pages follow each other through their cursors without gaps or
 * repeats.
 */
@CommentsIntegrationTest
class CommentOrderTests {

	private static final String PAGE = """
			query($r: [_Any!]!, $first: Int, $after: String, $order: CommentOrder) {
			  _entities(representations: $r) { ... on Video {
			    comments(first: $first, after: $after, orderBy: $order) {
			      edges { cursor node { id likeCount } } pageInfo { hasNextPage endCursor } } } } }""";

	private static final String LIKE = "mutation($id: ID!) { likeComment(id: $id) { id } }";

	private static final String UNLIKE = "mutation($id: ID!) { unlikeComment(id: $id) { id } }";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Test
	void topOrdersByLikesThenNewestAndPagesThroughCursors() {
		String video = this.videos.video(UUID.randomUUID(), "PUBLIC").toString();
		List<String> comments = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			comments.add(CommentTests.add(client(UUID.randomUUID()), video, "Comment " + i, null));
		}
		like(comments.get(0), 2);
		like(comments.get(2), 2);
		like(comments.get(3), 1);

		List<String> expected = List.of(comments.get(2), comments.get(0), comments.get(3), comments.get(4),
				comments.get(1));
		assertThat(ids(page(video, 10, null, "TOP"))).containsExactlyElementsOf(expected);
		assertThat(walk(video, "TOP")).containsExactlyElementsOf(expected);
		assertThat(walk(video, "NEWEST")).containsExactlyElementsOf(
				List.of(comments.get(4), comments.get(3), comments.get(2), comments.get(1), comments.get(0)));
		assertThat(ids(page(video, 10, null, null))).as("NEWEST is the default")
			.containsExactlyElementsOf(walk(video, "NEWEST"));
	}

	@Test
	void unlikingMovesACommentDownAndCursorsOfTheOtherOrderingAreRefused() {
		String video = this.videos.video(UUID.randomUUID(), "PUBLIC").toString();
		String older = CommentTests.add(client(UUID.randomUUID()), video, "Older", null);
		String newer = CommentTests.add(client(UUID.randomUUID()), video, "Newer", null);
		GraphQlClient fan = client(UUID.randomUUID());
		fan.execute(LIKE, Map.of("id", older)).assertNoErrors();
		assertThat(ids(page(video, 10, null, "TOP"))).containsExactly(older, newer);

		fan.execute(UNLIKE, Map.of("id", older)).assertNoErrors();
		assertThat(ids(page(video, 10, null, "TOP"))).containsExactly(newer, older);

		String newestCursor = page(video, 1, null, "NEWEST").data("_entities[0].comments.pageInfo.endCursor");
		GraphQlResponse mixed = page(video, 1, newestCursor, "TOP");
		assertThat(mixed.errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(mixed.errorField()).isEqualTo("after");
	}

	private List<String> walk(String video, String order) {
		List<String> ids = new ArrayList<>();
		String after = null;
		for (int pages = 0; pages < 10; pages++) {
			GraphQlResponse page = page(video, 2, after, order).assertNoErrors();
			ids.addAll(ids(page));
			if (!Boolean.TRUE.equals(page.data("_entities[0].comments.pageInfo.hasNextPage"))) {
				return ids;
			}
			after = page.data("_entities[0].comments.pageInfo.endCursor");
		}
		throw new AssertionError("More pages than comments: " + ids);
	}

	private void like(String comment, int times) {
		for (int i = 0; i < times; i++) {
			client(UUID.randomUUID()).execute(LIKE, Map.of("id", comment)).assertNoErrors();
		}
	}

	private GraphQlResponse page(String video, int first, String after, String order) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("r", List.of(Map.of("__typename", "Video", "id", video)));
		variables.put("first", first);
		variables.put("after", after);
		if (order != null) {
			variables.put("order", order);
		}
		return GraphQlClient.of(this.web).execute(PAGE, variables);
	}

	private static List<String> ids(GraphQlResponse page) {
		return page.assertNoErrors().data("_entities[0].comments.edges[*].node.id");
	}

	private GraphQlClient client(UUID user) {
		return GraphQlClient.of(this.web).withToken(TestVideos.token(user, Role.VIEWER));
	}

}
