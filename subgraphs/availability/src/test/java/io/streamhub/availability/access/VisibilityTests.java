package io.streamhub.availability.access;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.availability.support.AvailabilityIntegrationTest;
import io.streamhub.availability.support.AvailabilityQueries;
import io.streamhub.availability.support.Streams;
import io.streamhub.availability.support.TestVideos;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A video's availability is visible exactly when the video is: the projection of
 * {@code events:videos} decides, on {@code _entities} and on {@code addToWatchlist}.
 */
@AvailabilityIntegrationTest
class VisibilityTests {

	private static final String SET = """
			mutation($v: ID!, $p: ID!) { setAvailability(input: {videoId: $v, platformId: $p, region: "US",
			  offerType: FREE}) { available } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@Test
	void theAvailabilityOfAPrivateVideoIsHiddenFromOthersOnEveryPath() {
		UUID owner = UUID.randomUUID();
		UUID video = this.videos.video(owner, "PRIVATE");
		GraphQlClient admin = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.ADMIN));
		String platform = admin
			.execute("mutation($s: String!) { createPlatform(input: {name: \"P\", slug: $s}) { id } }",
					Map.of("s", "p-" + UUID.randomUUID().toString().substring(0, 8)))
			.assertNoErrors()
			.data("createPlatform.id");
		admin.execute(SET, Map.of("v", video.toString(), "p", platform)).assertNoErrors();
		GraphQlClient ownerClient = GraphQlClient.of(this.web).withToken(TestVideos.token(owner, Role.CREATOR));
		GraphQlClient other = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));

		assertThat((Object) AvailabilityQueries.availability(other, video, "US").assertNoErrors().data("_entities[0]"))
			.isNull();
		assertThat(
				(Object) AvailabilityQueries.availability(GraphQlClient.of(this.web), video, "US").data("_entities[0]"))
			.isNull();
		assertThat((List<Object>) AvailabilityQueries.availability(ownerClient, video, "US")
			.assertNoErrors()
			.data("_entities[0].availability")).hasSize(1);
		assertThat(
				(List<Object>) AvailabilityQueries.availability(admin, video, "US").data("_entities[0].availability"))
			.hasSize(1);
		assertThat((Object) AvailabilityQueries.availability(other, UUID.randomUUID(), "US").data("_entities[0]"))
			.as("a video never heard of")
			.isNull();
	}

	@Test
	void anInvalidRegionIsBadUserInput() {
		GraphQlResponse response = AvailabilityQueries.availability(GraphQlClient.of(this.web),
				this.videos.publicVideo(), "usa");

		assertThat(response.errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(response.errorField()).isEqualTo("region");
	}

	@Test
	void theProjectionFollowsTheVideosEvents() {
		UUID owner = UUID.randomUUID();
		UUID video = UUID.randomUUID();
		GraphQlClient other = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));

		publish("video.created", video, owner, "PUBLIC", "UPLOADING");
		publish("video.ready", video, owner, "PUBLIC", "READY");
		await().atMost(Duration.ofSeconds(60)).until(() -> visible(other, video));
		publish("video.visibility_changed", video, owner, "PRIVATE", "READY");
		await().atMost(Duration.ofSeconds(60)).until(() -> !visible(other, video));

		assertThat(other
			.execute("mutation($v: ID!) { addToWatchlist(videoId: $v) { addedAt } }", Map.of("v", video.toString()))
			.errorCode()).isEqualTo("NOT_FOUND");
	}

	private static boolean visible(GraphQlClient client, UUID video) {
		return AvailabilityQueries.availability(client, video, "US").data("_entities[0]") != null;
	}

	private void publish(String type, UUID video, UUID owner, String visibility, String status) {
		Streams.publish(this.redis, "events:videos",
				EventEnvelope.of(type, new EventEnvelope.Subject("Video", video), owner, Map.of("videoId",
						video.toString(), "creatorId", owner.toString(), "visibility", visibility, "status", status)));
	}

}
