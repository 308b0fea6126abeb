package io.streamhub.videos.like;

import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.videos.support.TestVideos;
import io.streamhub.videos.support.VideosIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@VideosIntegrationTest
class LikeTests {

	private static final String LIKE = "mutation($id: ID!) { likeVideo(videoId: $id) { likeCount viewerHasLiked } }";

	private static final String UNLIKE = "mutation($id: ID!) { unlikeVideo(videoId: $id) { likeCount viewerHasLiked } }";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Test
	void likingAndUnlikingAreIdempotent() {
		String id = this.videos.ready(UUID.randomUUID(), "PUBLIC").toString();
		GraphQlClient fan = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));
		GraphQlClient other = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));

		fan.execute(LIKE, Map.of("id", id)).assertNoErrors();
		GraphQlResponse twice = fan.execute(LIKE, Map.of("id", id)).assertNoErrors();
		other.execute(LIKE, Map.of("id", id)).assertNoErrors();

		assertThat((Integer) twice.data("likeVideo.likeCount")).isEqualTo(1);
		assertThat((Boolean) twice.data("likeVideo.viewerHasLiked")).isTrue();
		fan.execute(UNLIKE, Map.of("id", id)).assertNoErrors();
		GraphQlResponse unliked = fan.execute(UNLIKE, Map.of("id", id)).assertNoErrors();
		assertThat((Integer) unliked.data("unlikeVideo.likeCount")).isEqualTo(1);
		assertThat((Boolean) unliked.data("unlikeVideo.viewerHasLiked")).isFalse();
		GraphQlResponse anonymous = GraphQlClient.of(this.web)
			.execute("query($id: ID!) { video(id: $id) { likeCount viewerHasLiked } }", Map.of("id", id));
		assertThat((Boolean) anonymous.data("video.viewerHasLiked")).isFalse();
	}

	@Test
	void invisibleVideosCannotBeLikedAndAnonymousUsersCannotLike() {
		String hidden = this.videos.ready(UUID.randomUUID(), "PRIVATE").toString();
		GraphQlClient fan = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));

		assertThat(fan.execute(LIKE, Map.of("id", hidden)).errorCode()).isEqualTo("NOT_FOUND");
		assertThat(GraphQlClient.of(this.web).execute(LIKE, Map.of("id", hidden)).errorCode())
			.isEqualTo("UNAUTHENTICATED");
		assertThat(fan.execute(LIKE, Map.of("id", "not-an-id")).errorField()).isEqualTo("videoId");
	}

}
