package io.streamhub.comments.comment;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.comments.support.Streams;
import io.streamhub.comments.support.TestVideos;
import io.streamhub.comments.support.CommentsIntegrationTest;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CommentsIntegrationTest
class CommentTests {

	static final String ADD = """
			mutation($v: ID!, $body: String!, $parent: ID) {
			  addComment(videoId: $v, body: $body, parentId: $parent) { id body author { id } video { id }
			    parent { id } replyCount createdAt editedAt }
			}""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@Test
	void threadsAreListedNewestFirstWithRepliesOldestFirstAndNotifyTheRightPeople() {
		UUID creator = UUID.randomUUID();
		UUID alice = UUID.randomUUID();
		UUID bob = UUID.randomUUID();
		String video = this.videos.video(creator, "PUBLIC").toString();
		GraphQlClient aliceClient = client(alice, Role.VIEWER);
		GraphQlClient bobClient = client(bob, Role.VIEWER);

		String first = add(aliceClient, video, "First!", null);
		String second = add(bobClient, video, "  a < b, so what?  ", null);
		String reply1 = add(bobClient, video, "Welcome", first);
		String reply2 = add(aliceClient, video, "Thanks", first);

		GraphQlResponse thread = GraphQlClient.of(this.web)
			.execute("""
					query($r: [_Any!]!) { _entities(representations: $r) { ... on Video { commentCount
					  comments(first: 10) { edges { node { id body replyCount
					    replies(first: 10) { edges { node { id parent { id } } } } } } } } } }""",
					Map.of("r", List.of(Map.of("__typename", "Video", "id", video))))
			.assertNoErrors();

		assertThat((Integer) thread.data("_entities[0].commentCount")).isEqualTo(4);
		assertThat((List<String>) thread.data("_entities[0].comments.edges[*].node.id")).containsExactly(second, first);
		assertThat((String) thread.data("_entities[0].comments.edges[0].node.body")).isEqualTo("a < b, so what?");
		assertThat((List<String>) thread.data("_entities[0].comments.edges[1].node.replies.edges[*].node.id"))
			.containsExactly(reply1, reply2);
		assertThat((Integer) thread.data("_entities[0].comments.edges[1].node.replyCount")).isEqualTo(2);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<EventEnvelope> notifications = Streams.read(this.redis, "events:comments")
				.stream()
				.filter((event) -> event.type().equals("notification.requested"))
				.filter((event) -> video.equals(event.data().get("videoId")))
				.toList();
			assertThat(notifications)
				.extracting((event) -> event.data().get("kind") + ":" + event.data().get("recipients"))
				.containsExactlyInAnyOrder("comment.added:[" + creator + "]", "comment.added:[" + creator + "]",
						"comment.replied:[" + alice + "]");
		});
		List<EventEnvelope> added = Streams.read(this.redis, "events:comments")
			.stream()
			.filter((event) -> event.type().equals("comment.added"))
			.filter((event) -> video.equals(event.data().get("videoId")))
			.toList();
		assertThat(added).extracting((event) -> event.data().get("commentId"))
			.containsExactlyInAnyOrder(first, second, reply1, reply2);
		EventEnvelope reply = added.stream()
			.filter((event) -> reply2.equals(event.data().get("commentId")))
			.findFirst()
			.orElseThrow();
		assertThat(reply.data()).containsEntry("authorId", alice.toString())
			.containsEntry("parentId", first)
			.containsEntry("body", "Thanks");
		assertThat(reply.subject().id().toString()).isEqualTo(reply2);
		EventEnvelope topLevel = added.stream()
			.filter((event) -> first.equals(event.data().get("commentId")))
			.findFirst()
			.orElseThrow();
		assertThat(topLevel.data()).containsEntry("parentId", null).containsEntry("authorId", alice.toString());
	}

	@Test
	void onlyTheAuthorEditsAndTheAuthorOrAnAdminDeletes() {
		UUID author = UUID.randomUUID();
		String video = this.videos.video(UUID.randomUUID(), "PUBLIC").toString();
		GraphQlClient authorClient = client(author, Role.VIEWER);
		GraphQlClient other = client(UUID.randomUUID(), Role.VIEWER);
		String comment = add(authorClient, video, "Original", null);
		String reply = add(other, video, "Reply", comment);
		String edit = "mutation($id: ID!, $body: String!) { editComment(id: $id, body: $body) { body editedAt } }";
		String delete = "mutation($id: ID!) { deleteComment(id: $id) }";

		assertThat(other.execute(edit, Map.of("id", comment, "body", "Hacked")).errorCode()).isEqualTo("FORBIDDEN");
		GraphQlResponse edited = authorClient.execute(edit, Map.of("id", comment, "body", "Edited")).assertNoErrors();
		assertThat((String) edited.data("editComment.body")).isEqualTo("Edited");
		assertThat((String) edited.data("editComment.editedAt")).isNotNull();
		assertThat(other.execute(delete, Map.of("id", comment)).errorCode()).isEqualTo("FORBIDDEN");
		assertThat((Boolean) client(UUID.randomUUID(), Role.ADMIN).execute(delete, Map.of("id", comment))
			.assertNoErrors()
			.data("deleteComment")).isTrue();

		String lookup = "query($id: ID!) { comment(id: $id) { id body status parent { id } } }";
		GraphQlResponse deleted = authorClient.execute(lookup, Map.of("id", comment)).assertNoErrors();
		assertThat((String) deleted.data("comment.status")).as("a comment with replies keeps its place")
			.isEqualTo("DELETED");
		assertThat((String) deleted.data("comment.body")).isEmpty();
		assertThat((String) authorClient.execute(lookup, Map.of("id", reply)).data("comment.parent.id"))
			.isEqualTo(comment);
		assertThat(authorClient.execute(edit, Map.of("id", comment, "body", "Back")).errorCode())
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void aCommentDeletedByItsAuthorKeepsItsPlaceWithoutItsTextWhileItHasReplies() {
		String video = this.videos.video(UUID.randomUUID(), "PUBLIC").toString();
		GraphQlClient alice = client(UUID.randomUUID(), Role.VIEWER);
		GraphQlClient bob = client(UUID.randomUUID(), Role.VIEWER);
		String answered = add(alice, video, "Something I regret", null);
		String alone = add(alice, video, "Nobody answers this", null);
		String newest = add(bob, video, "Newest", null);
		String reply = add(bob, video, "Interesting", answered);
		String delete = "mutation($id: ID!) { deleteComment(id: $id) }";

		alice.execute(delete, Map.of("id", answered)).assertNoErrors();
		alice.execute(delete, Map.of("id", alone)).assertNoErrors();

		GraphQlResponse thread = thread(video);
		assertThat((List<String>) thread.data("_entities[0].comments.edges[*].node.id")).containsExactly(newest,
				answered);
		assertThat((String) thread.data("_entities[0].comments.edges[1].node.body")).isEmpty();
		assertThat((String) thread.data("_entities[0].comments.edges[1].node.status")).isEqualTo("DELETED");
		assertThat((String) thread.data("_entities[0].comments.edges[1].node.author.id")).isNotNull();
		assertThat((List<String>) thread.data("_entities[0].comments.edges[1].node.replies.edges[*].node.body"))
			.containsExactly("Interesting");
		assertThat((Integer) thread.data("_entities[0].commentCount")).as("the newest comment and the reply")
			.isEqualTo(2);
		GraphQlResponse answer = bob.execute(ADD, vars(video, "Answering a deleted comment", answered));
		assertThat(answer.errorField()).isEqualTo("parentId");
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(Streams.read(this.redis, "events:comments")
				.stream()
				.filter((event) -> event.type().equals("comment.deleted"))
				.filter((event) -> answered.equals(event.data().get("commentId")))
				.toList()).singleElement().satisfies((event) -> assertThat(event.data()).containsEntry("body", "")));

		bob.execute(delete, Map.of("id", reply)).assertNoErrors();
		assertThat((List<String>) thread(video).data("_entities[0].comments.edges[*].node.id"))
			.as("without replies left, the deleted comment goes too")
			.containsExactly(newest);
	}

	private GraphQlResponse thread(String video) {
		return GraphQlClient.of(this.web)
			.execute("""
					query($r: [_Any!]!) { _entities(representations: $r) { ... on Video { commentCount
					  comments(first: 10) { edges { node { id body status author { id }
					    replies(first: 10) { edges { node { id body } } } } } } } } }""",
					Map.of("r", List.of(Map.of("__typename", "Video", "id", video))))
			.assertNoErrors();
	}

	@Test
	void invalidInputIsRefusedNamingTheFieldAndWritesNothing() {
		UUID author = UUID.randomUUID();
		String video = this.videos.video(UUID.randomUUID(), "PUBLIC").toString();
		String otherVideo = this.videos.video(UUID.randomUUID(), "PUBLIC").toString();
		GraphQlClient client = client(author, Role.VIEWER);
		String foreign = add(client, otherVideo, "Elsewhere", null);

		assertField(client, video, "   ", null, "body");
		assertField(client, video, "x".repeat(2001), null, "body");
		assertField(client, video, "<script>alert(1)</script>", null, "body");
		assertField(client, video, "Reply to another video", foreign, "parentId");
		assertField(client, "nope", "Hi", null, "videoId");
		assertThat(GraphQlClient.of(this.web).execute(ADD, vars(video, "Hi", null)).errorCode())
			.isEqualTo("UNAUTHENTICATED");
		GraphQlResponse count = GraphQlClient.of(this.web)
			.execute("query($r: [_Any!]!) { _entities(representations: $r) { ... on Video { commentCount } } }",
					Map.of("r", List.of(Map.of("__typename", "Video", "id", video))));
		assertThat((Integer) count.data("_entities[0].commentCount")).isZero();
	}

	@Test
	void theSixthCommentWithinAMinuteIsRateLimited() {
		String video = this.videos.video(UUID.randomUUID(), "PUBLIC").toString();
		GraphQlClient client = client(UUID.randomUUID(), Role.VIEWER);
		for (int i = 0; i < 5; i++) {
			add(client, video, "Comment " + i, null);
		}
		GraphQlResponse limited = client.execute(ADD, vars(video, "One too many", null));
		assertThat(limited.errorCode()).isEqualTo("RATE_LIMITED");
		assertThat(limited.<Number>read("$.errors[0].extensions.retryAfterSeconds").longValue()).isBetween(1L, 60L);
		assertThat(limited.<Object>read("$.data")).isNull();
	}

	private GraphQlClient client(UUID user, Role role) {
		return GraphQlClient.of(this.web).withToken(TestVideos.token(user, role));
	}

	static String add(GraphQlClient client, String video, String body, String parent) {
		return client.execute(ADD, vars(video, body, parent)).assertNoErrors().data("addComment.id");
	}

	private static void assertField(GraphQlClient client, String video, String body, String parent, String field) {
		GraphQlResponse response = client.execute(ADD, vars(video, body, parent));
		assertThat(response.errorCode()).as("%s", response).isEqualTo("BAD_USER_INPUT");
		assertThat(response.errorField()).isEqualTo(field);
	}

	static Map<String, Object> vars(String video, String body, String parent) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("v", video);
		variables.put("body", body);
		variables.put("parent", parent);
		return variables;
	}

}
