package io.streamhub.comments.comment;

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
class LikeTests {

	private static final String LIKE = "mutation($id: ID!) { likeComment(id: $id) { id likeCount viewerHasLiked } }";

	private static final String UNLIKE = "mutation($id: ID!) { unlikeComment(id: $id) { id likeCount viewerHasLiked } }";

	private static final String READ = "query($id: ID!) { comment(id: $id) { likeCount viewerHasLiked } }";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Test
	void likingAndUnlikingAreIdempotentAndCountDistinctUsers() {
		String video = this.videos.video(UUID.randomUUID(), "PUBLIC").toString();
		GraphQlClient alice = client(UUID.randomUUID());
		GraphQlClient bob = client(UUID.randomUUID());
		String comment = CommentTests.add(alice, video, "Like me", null);

		assertLikes(alice.execute(LIKE, Map.of("id", comment)), "likeComment", 1, true);
		assertLikes(alice.execute(LIKE, Map.of("id", comment)), "likeComment", 1, true);
		assertLikes(bob.execute(READ, Map.of("id", comment)), "comment", 1, false);
		assertLikes(bob.execute(LIKE, Map.of("id", comment)), "likeComment", 2, true);
		assertLikes(GraphQlClient.of(this.web).execute(READ, Map.of("id", comment)), "comment", 2, false);

		assertLikes(alice.execute(UNLIKE, Map.of("id", comment)), "unlikeComment", 1, false);
		assertLikes(alice.execute(UNLIKE, Map.of("id", comment)), "unlikeComment", 1, false);
		assertLikes(bob.execute(READ, Map.of("id", comment)), "comment", 1, true);
	}

	@Test
	void onlySignedInUsersLikeCommentsTheyMaySee() {
		UUID owner = UUID.randomUUID();
		String hidden = this.videos.video(owner, "PRIVATE").toString();
		String comment = CommentTests.add(client(owner), hidden, "Just for me", null);

		assertThat(client(UUID.randomUUID()).execute(LIKE, Map.of("id", comment)).errorCode()).isEqualTo("NOT_FOUND");
		assertThat(GraphQlClient.of(this.web).execute(LIKE, Map.of("id", comment)).errorCode())
			.isEqualTo("UNAUTHENTICATED");
		assertThat(client(UUID.randomUUID()).execute(LIKE, Map.of("id", "nope")).errorCode())
			.isEqualTo("BAD_USER_INPUT");
		assertLikes(client(owner).execute(READ, Map.of("id", comment)), "comment", 0, false);
	}

	private static void assertLikes(GraphQlResponse response, String field, int count, boolean liked) {
		response.assertNoErrors();
		assertThat((Integer) response.data(field + ".likeCount")).isEqualTo(count);
		assertThat((Boolean) response.data(field + ".viewerHasLiked")).isEqualTo(liked);
	}

	private GraphQlClient client(UUID user) {
		return GraphQlClient.of(this.web).withToken(TestVideos.token(user, Role.VIEWER));
	}

}
