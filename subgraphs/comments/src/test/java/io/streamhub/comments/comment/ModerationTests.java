package io.streamhub.comments.comment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.comments.support.CommentsIntegrationTest;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.comments.support.TestVideos;
import io.streamhub.platform.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@CommentsIntegrationTest
class ModerationTests {

	private static final String REPORT = "mutation($id: ID!) { reportComment(id: $id, reason: \"Spam\") }";

	private static final String MODERATE = """
			mutation($id: ID!, $d: ModerationDecision!) { moderateComment(id: $id, decision: $d) { id status body } }""";

	private static final String QUEUE = """
			query { moderationQueue(first: 100) { edges { node { id status } } } }""";

	private static final String COMMENT = "query($id: ID!) { comment(id: $id) { id status } }";

	private static final String EVERY_PATH = """
			query($r: [_Any!]!) { _entities(representations: $r) {
			  ... on Video { comments(first: 100) { edges { node { id replies(first: 100) { edges { node { id } } } } } } }
			  ... on Comment { id } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Test
	void threeDistinctReportsHideACommentFromEveryoneButItsAuthorAndAdmins() {
		String video = this.videos.video(UUID.randomUUID(), "PUBLIC").toString();
		UUID alice = UUID.randomUUID();
		String comment = CommentTests.add(client(alice), video, "Buy cheap followers", null);
		GraphQlClient bob = client(UUID.randomUUID());

		bob.execute(REPORT, Map.of("id", comment)).assertNoErrors();
		bob.execute(REPORT, Map.of("id", comment)).assertNoErrors();
		client(UUID.randomUUID()).execute(REPORT, Map.of("id", comment)).assertNoErrors();
		assertThat(shownTo(client(UUID.randomUUID()), video, comment, null)).containsOnly(true);

		client(UUID.randomUUID()).execute(REPORT, Map.of("id", comment)).assertNoErrors();
		assertThat(shownTo(client(UUID.randomUUID()), video, comment, null)).containsOnly(false);
		assertThat(shownTo(GraphQlClient.of(this.web), video, comment, null)).containsOnly(false);
		assertThat(shownTo(client(alice), video, comment, null)).containsOnly(true);
		assertThat(shownTo(admin(), video, comment, null)).containsOnly(true);
		assertThat((String) admin().execute(COMMENT, Map.of("id", comment)).data("comment.status")).isEqualTo("HIDDEN");
		assertThat(queue()).contains(comment);
		assertThat(client(UUID.randomUUID()).execute(REPORT, Map.of("id", comment)).errorCode()).isEqualTo("NOT_FOUND");
	}

	@Test
	void aToxicReplyIsHiddenAtOnceOnEveryPath() {
		String video = this.videos.video(UUID.randomUUID(), "PUBLIC").toString();
		UUID troll = UUID.randomUUID();
		String parent = CommentTests.add(client(UUID.randomUUID()), video, "Nice video", null);
		GraphQlResponse added = client(troll).execute(CommentTests.ADD,
				CommentTests.vars(video, "You are a stupid 1d10t", parent));
		String reply = added.assertNoErrors().data("addComment.id");
		String mild = CommentTests.add(client(troll), video, "That was a dumb take", parent);

		assertThat(shownTo(client(UUID.randomUUID()), video, reply, parent)).containsOnly(false);
		assertThat(shownTo(client(UUID.randomUUID()), video, mild, parent)).containsOnly(true);
		assertThat(shownTo(client(troll), video, reply, parent)).containsOnly(true);
		assertThat(shownTo(admin(), video, reply, parent)).containsOnly(true);
		assertThat(queue()).contains(reply).doesNotContain(mild);
	}

	@Test
	void onlyAdminsSeeTheQueueAndModerate() {
		String video = this.videos.video(UUID.randomUUID(), "PUBLIC").toString();
		UUID author = UUID.randomUUID();
		String comment = CommentTests.add(client(author), video, "Worthless pathetic moron", null);

		assertThat(client(author).execute(QUEUE, Map.of()).errorCode()).isEqualTo("FORBIDDEN");
		assertThat(client(author).execute(MODERATE, Map.of("id", comment, "d", "APPROVE")).errorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(GraphQlClient.of(this.web).execute(QUEUE, Map.of()).errorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(shownTo(client(UUID.randomUUID()), video, comment, null)).containsOnly(false);
	}

	@Test
	void approvedCommentsStayVisibleAndRemovedOnesLoseTheirText() {
		String video = this.videos.video(UUID.randomUUID(), "PUBLIC").toString();
		String reported = CommentTests.add(client(UUID.randomUUID()), video, "An honest opinion", null);
		List<GraphQlClient> reporters = List.of(client(UUID.randomUUID()), client(UUID.randomUUID()),
				client(UUID.randomUUID()));
		reporters.forEach((reporter) -> reporter.execute(REPORT, Map.of("id", reported)).assertNoErrors());
		assertThat(queue()).contains(reported);

		GraphQlResponse approved = admin().execute(MODERATE, Map.of("id", reported, "d", "APPROVE")).assertNoErrors();
		assertThat((String) approved.data("moderateComment.status")).isEqualTo("VISIBLE");
		reporters.forEach((reporter) -> reporter.execute(REPORT, Map.of("id", reported)).assertNoErrors());
		assertThat(shownTo(client(UUID.randomUUID()), video, reported, null)).containsOnly(true);
		assertThat(queue()).doesNotContain(reported);

		String toxic = CommentTests.add(client(UUID.randomUUID()), video, "Scum and losers", null);
		GraphQlResponse removed = admin().execute(MODERATE, Map.of("id", toxic, "d", "REMOVE")).assertNoErrors();
		assertThat((String) removed.data("moderateComment.status")).isEqualTo("DELETED");
		assertThat((String) removed.data("moderateComment.body")).isEmpty();
		assertThat(shownTo(admin(), video, toxic, null)).containsOnly(false);
		assertThat(queue()).doesNotContain(toxic);
	}

	@Test
	void editingInToxicTextHidesTheCommentAndTheQueuePagesWithoutGapsOrRepeats() {
		String video = this.videos.video(UUID.randomUUID(), "PUBLIC").toString();
		UUID author = UUID.randomUUID();
		String edited = CommentTests.add(client(author), video, "Great editing", null);
		String toxic = CommentTests.add(client(author), video, "Stupid idiot", null);
		GraphQlResponse edit = client(author).execute(
				"mutation($id: ID!) { editComment(id: $id, body: \"Great editing, you moron and loser\") { status } }",
				Map.of("id", edited));
		assertThat((String) edit.assertNoErrors().data("editComment.status")).isEqualTo("HIDDEN");
		assertThat(shownTo(client(UUID.randomUUID()), video, edited, null)).containsOnly(false);
		assertThat(client(UUID.randomUUID())
			.execute("mutation($id: ID!) { reportComment(id: $id, reason: \"  \") }", Map.of("id", edited))
			.errorField()).isEqualTo("reason");

		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			Map<String, Object> vars = new HashMap<>();
			vars.put("after", after);
			GraphQlResponse page = admin().execute("""
					query($after: String) { moderationQueue(first: 2, after: $after) {
					  edges { node { id } } pageInfo { hasNextPage endCursor } } }""", vars).assertNoErrors();
			List<String> ids = page.data("moderationQueue.edges[*].node.id");
			assertThat(ids).hasSizeLessThanOrEqualTo(2);
			seen.addAll(ids);
			more = page.data("moderationQueue.pageInfo.hasNextPage");
			after = page.data("moderationQueue.pageInfo.endCursor");
		}
		assertThat(seen).doesNotHaveDuplicates().containsSubsequence(edited, toxic).containsAll(queue());
	}

	/**
	 * Whether the viewer finds the comment through comment(id), _entities, and the
	 * video's comments or the parent's replies.
	 */
	private List<Boolean> shownTo(GraphQlClient viewer, String video, String comment, String parent) {
		Boolean byId = viewer.execute(COMMENT, Map.of("id", comment)).assertNoErrors().data("comment") != null;
		GraphQlResponse entities = viewer.execute(EVERY_PATH, Map.of("r",
				List.of(Map.of("__typename", "Video", "id", video), Map.of("__typename", "Comment", "id", comment))))
			.assertNoErrors();
		Boolean byEntity = entities.data("_entities[1]") != null;
		List<String> listed = (parent != null)
				? entities.data("_entities[0].comments.edges[*].node.replies.edges[*].node.id")
				: entities.data("_entities[0].comments.edges[*].node.id");
		return List.of(byId, byEntity, listed.contains(comment));
	}

	private List<String> queue() {
		return admin().execute(QUEUE, Map.of()).assertNoErrors().data("moderationQueue.edges[*].node.id");
	}

	private GraphQlClient admin() {
		return GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.ADMIN));
	}

	private GraphQlClient client(UUID user) {
		return GraphQlClient.of(this.web).withToken(TestVideos.token(user, Role.VIEWER));
	}

}
