package io.streamhub.comments.access;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.comments.support.CommentsIntegrationTest;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.comments.support.Streams;
import io.streamhub.comments.support.TestVideos;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Comments of a video are visible exactly when the video is: the projection of
 * {@code events:videos} decides, on every path ({@code comment}, {@code _entities} of
 * Video and Comment, {@code addComment}).
 */
@CommentsIntegrationTest
class CommentVisibilityTests {

	private static final String ADD = "mutation($v: ID!) { addComment(videoId: $v, body: \"Hello\") { id } }";

	private static final String ENTITIES = """
			query($r: [_Any!]!) { _entities(representations: $r) {
			  ... on Video { id commentCount } ... on Comment { id body } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@Test
	void commentsOfAPrivateVideoAreHiddenFromOthersOnEveryPath() {
		UUID owner = UUID.randomUUID();
		String video = this.videos.video(owner, "PRIVATE").toString();
		GraphQlClient ownerClient = GraphQlClient.of(this.web).withToken(TestVideos.token(owner, Role.CREATOR));
		GraphQlClient other = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));
		String comment = ownerClient.execute(ADD, Map.of("v", video)).assertNoErrors().data("addComment.id");
		List<Map<String, Object>> representations = List.of(Map.of("__typename", "Video", "id", video),
				Map.of("__typename", "Comment", "id", comment));

		GraphQlResponse seenByOther = other.execute(ENTITIES, Map.of("r", representations)).assertNoErrors();
		GraphQlResponse seenByOwner = ownerClient.execute(ENTITIES, Map.of("r", representations)).assertNoErrors();

		assertThat((List<Object>) seenByOther.data("_entities")).containsOnlyNulls().hasSize(2);
		assertThat((Integer) seenByOwner.data("_entities[0].commentCount")).isEqualTo(1);
		assertThat((String) seenByOwner.data("_entities[1].body")).isEqualTo("Hello");
		assertThat(other.execute("query($id: ID!) { comment(id: $id) { id } }", Map.of("id", comment))
			.assertNoErrors()
			.<Object>data("comment")).isNull();
		assertThat(other.execute(ADD, Map.of("v", video)).errorCode()).isEqualTo("NOT_FOUND");
		assertThat(other.execute(ADD, Map.of("v", UUID.randomUUID().toString())).errorCode())
			.as("a video never heard of")
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void theProjectionFollowsTheVideosEvents() {
		UUID owner = UUID.randomUUID();
		UUID video = UUID.randomUUID();
		GraphQlClient other = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));

		publish("video.created", video, owner, "PUBLIC", "UPLOADING");
		publish("video.ready", video, owner, "PUBLIC", "READY");
		// Polled with a query: a refused addComment would use up the viewer's rate limit.
		await().atMost(Duration.ofSeconds(60)).until(() -> visible(other, video));
		String comment = other.execute(ADD, Map.of("v", video.toString())).assertNoErrors().data("addComment.id");

		publish("video.visibility_changed", video, owner, "PRIVATE", "READY");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> other.execute("query($id: ID!) { comment(id: $id) { id } }", Map.of("id", comment))
				.data("comment") == null);
		publish("video.visibility_changed", video, owner, "PUBLIC", "READY");
		publish("video.deleted", video, owner, "PUBLIC", "READY");
		publish("video.updated", video, owner, "PUBLIC", "READY");
		await().atMost(Duration.ofSeconds(60)).until(() -> !visible(other, video));
		assertThat(other.execute(ADD, Map.of("v", video.toString())).errorCode())
			.as("a deletion is final, whatever comes after")
			.isEqualTo("NOT_FOUND");
	}

	private static boolean visible(GraphQlClient client, UUID video) {
		return client.execute(ENTITIES, Map.of("r", List.of(Map.of("__typename", "Video", "id", video.toString()))))
			.data("_entities[0]") != null;
	}

	private void publish(String type, UUID video, UUID owner, String visibility, String status) {
		Streams.publish(this.redis, "events:videos",
				EventEnvelope.of(type, new EventEnvelope.Subject("Video", video), owner, Map.of("videoId",
						video.toString(), "creatorId", owner.toString(), "visibility", visibility, "status", status)));
	}

}
