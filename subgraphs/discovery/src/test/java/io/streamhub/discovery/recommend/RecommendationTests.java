package io.streamhub.discovery.recommend;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Query.recommendations: from the viewer's likes (video.counters with the viewer as
 * actor) and follows (user.followed), trending when there is nothing to go on.
 */
@DiscoveryIntegrationTest
class RecommendationTests {

	private static final String RECOMMENDATIONS = "query($n: Int) { recommendations(first: $n) { id } }";

	@Autowired
	WebTestClient web;

	@Autowired
	TestEvents events;

	@Test
	void recommendsVideosLikeTheLikedOnesAndRecentUploadsOfFollowedCreators() {
		UUID viewer = UUID.randomUUID();
		UUID followedCreator = UUID.randomUUID();
		TestVideo liked = TestVideo.ready("rec", "Sourdough starter feeding", "sourdough bread starter hydration",
				"sourdough", "bread");
		TestVideo similar = TestVideo.ready("rec", "Sourdough bread shaping", "shaping a sourdough loaf of bread",
				"sourdough", "bread");
		TestVideo unrelated = TestVideo.ready("rec", "Drone racing", "fpv quadcopter", "drones");
		TestVideo fromFollowed = TestVideo.ready("rec", "Welding a gate", "metalwork", "welding")
			.withCreator(followedCreator);
		TestVideo ownVideo = TestVideo.ready("rec", "My sourdough bread", "sourdough bread", "sourdough")
			.withCreator(viewer);
		for (TestVideo video : List.of(liked, similar, unrelated, fromFollowed, ownVideo)) {
			this.events.video("video.ready", video, Instant.now());
		}
		this.events.counters(liked.id(), 0, 1, viewer);
		this.events.followed(viewer, followedCreator);

		List<String> ids = await().atMost(Duration.ofSeconds(30))
			.until(() -> recommendations(viewer, 10).assertNoErrors().<List<String>>data("recommendations[*].id"),
					(found) -> found.contains(similar.id().toString()) && found.contains(fromFollowed.id().toString()));

		assertThat(ids).doesNotContain(liked.id().toString(), ownVideo.id().toString(), unrelated.id().toString());
	}

	@Test
	void coldStartFallsBackToTrending() {
		TestVideo hot = TestVideo.ready("rec-cold", "Hot right now", "x");
		this.events.video("video.ready", hot, Instant.now());
		this.events.views(hot.id(), 1_000_000, 0);
		UUID newcomer = UUID.randomUUID();

		List<String> ids = await().atMost(Duration.ofSeconds(30))
			.until(() -> recommendations(newcomer, 5).assertNoErrors().<List<String>>data("recommendations[*].id"),
					(found) -> !found.isEmpty());

		assertThat(ids).startsWith(hot.id().toString());
	}

	@Test
	void requiresSignInAndAValidPageSize() {
		GraphQlResponse anonymous = GraphQlClient.of(this.web).execute(RECOMMENDATIONS, Map.of("n", 5));
		assertThat(anonymous.errorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(recommendations(UUID.randomUUID(), 51).errorField()).isEqualTo("first");
	}

	private GraphQlResponse recommendations(UUID viewer, int first) {
		return GraphQlClient.of(this.web)
			.withToken(TestEvents.token(viewer, Role.VIEWER))
			.execute(RECOMMENDATIONS, Map.of("n", first));
	}

}
