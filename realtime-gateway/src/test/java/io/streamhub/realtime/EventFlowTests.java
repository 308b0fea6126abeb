package io.streamhub.realtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.realtime.support.TestSocket;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events XADDed to real Redis reach subscribed clients, resolved through the engine
 * against the in-test subgraphs with each subscriber's token.
 */
class EventFlowTests extends GatewayTestBase {

	private static final String COMMENTS = """
			subscription($videoId: ID!) {
				commentAdded(videoId: $videoId) { id body author { username } }
			}""";

	private static final String STATUS = """
			subscription($videoId: ID!) {
				videoStatusChanged(videoId: $videoId) { id status processingProgress }
			}""";

	@Test
	void commentAddedArrivesWithTheAuthorResolvedFromUsers() {
		String videoId = newId();
		String authorId = newId();
		String commentId = newId();
		SUBGRAPHS.video(videoId, "Cats", "PUBLIC", "READY", 100, newId());
		SUBGRAPHS.user(authorId, "ada");
		SUBGRAPHS.comment(commentId, videoId, authorId, "First!");
		try (TestSocket socket = subscribed(null, "c", COMMENTS, Map.of("videoId", videoId))) {
			xadd("events:comments", commentEvent("comment.added", commentId, videoId, authorId));
			assertThat(socket.next()).isEqualTo(Map.of("id", "c", "type", "next", "payload", Map.of("data", Map
				.of("commentAdded", Map.of("id", commentId, "body", "First!", "author", Map.of("username", "ada"))))));
		}
	}

	@Test
	void theFormerEventNameCommentCreatedIsAcceptedToo() {
		String videoId = newId();
		String commentId = newId();
		SUBGRAPHS.video(videoId, "Dogs", "PUBLIC", "READY", 100, newId());
		SUBGRAPHS.comment(commentId, videoId, newId(), "Woof");
		try (TestSocket socket = subscribed(null, "c", "subscription($v: ID!) { commentAdded(videoId: $v) { body } }",
				Map.of("v", videoId))) {
			xadd("events:comments", commentEvent("comment.created", commentId, videoId, newId()));
			assertThat(payload(socket.next())).isEqualTo(Map.of("commentAdded", Map.of("body", "Woof")));
		}
	}

	@Test
	void commentsOfOtherVideosAreNotDelivered() {
		String videoId = newId();
		String otherVideo = newId();
		String mine = newId();
		String other = newId();
		SUBGRAPHS.video(videoId, "Mine", "PUBLIC", "READY", 100, newId());
		SUBGRAPHS.video(otherVideo, "Other", "PUBLIC", "READY", 100, newId());
		SUBGRAPHS.comment(mine, videoId, newId(), "on mine");
		SUBGRAPHS.comment(other, otherVideo, newId(), "on other");
		try (TestSocket socket = subscribed(null, "c", "subscription($v: ID!) { commentAdded(videoId: $v) { id } }",
				Map.of("v", videoId))) {
			xadd("events:comments", commentEvent("comment.added", other, otherVideo, newId()));
			xadd("events:comments", commentEvent("comment.added", mine, videoId, newId()));
			assertThat(payload(socket.next())).isEqualTo(Map.of("commentAdded", Map.of("id", mine)));
		}
	}

	@Test
	void progressThenReadyArriveInOrderWithProcessingProgress() {
		String videoId = newId();
		UUID creator = UUID.randomUUID();
		SUBGRAPHS.video(videoId, "Upload", "PUBLIC", "PROCESSING", 40, creator.toString());
		try (TestSocket socket = subscribed(null, "s", STATUS, Map.of("videoId", videoId))) {
			xadd("events:videos", videoEvent("video.progress", videoId, Map.of("percent", 40)));
			assertThat(payload(socket.next())).isEqualTo(Map.of("videoStatusChanged",
					Map.of("id", videoId, "status", "PROCESSING", "processingProgress", 40)));
			SUBGRAPHS.video(videoId, "Upload", "PUBLIC", "READY", 100, creator.toString());
			xadd("events:videos", videoEvent("video.ready", videoId, Map.of()));
			assertThat(payload(socket.next())).isEqualTo(
					Map.of("videoStatusChanged", Map.of("id", videoId, "status", "READY", "processingProgress", 100)));
		}
	}

	@Test
	void eventsAboutAPrivateVideoReachOnlyThoseWhoMaySeeIt() {
		String videoId = newId();
		UUID creator = UUID.randomUUID();
		UUID stranger = UUID.randomUUID();
		SUBGRAPHS.video(videoId, "Secret", "PRIVATE", "PROCESSING", 10, creator.toString());
		String onlyId = "subscription($videoId: ID!) { videoStatusChanged(videoId: $videoId) { id } }";
		try (TestSocket owner = subscribed(token(creator), "s", onlyId, Map.of("videoId", videoId));
				TestSocket other = subscribed(token(stranger), "s", onlyId, Map.of("videoId", videoId));
				TestSocket anonymous = subscribed(null, "s", onlyId, Map.of("videoId", videoId))) {
			long suppressedBefore = this.hub.suppressed();
			xadd("events:videos", videoEvent("video.progress", videoId, Map.of("percent", 10)));
			assertThat(payload(owner.next())).isEqualTo(Map.of("videoStatusChanged", Map.of("id", videoId)));
			await().until(() -> this.hub.suppressed() >= suppressedBefore + 2);
			assertThat(other.pending()).isEmpty();
			assertThat(anonymous.pending()).isEmpty();
		}
	}

	@Test
	void notificationsReachOnlyTheirRecipient() {
		UUID alice = UUID.randomUUID();
		UUID bob = UUID.randomUUID();
		String forAlice = newId();
		String forBob = newId();
		SUBGRAPHS.notification(forAlice, alice.toString(), "user.followed");
		SUBGRAPHS.notification(forBob, bob.toString(), "comment.replied");
		String query = "subscription { notificationAdded { id kind } }";
		try (TestSocket a = subscribed(token(alice), "n", query, Map.of());
				TestSocket b = subscribed(token(bob), "n", query, Map.of())) {
			xadd("events:users", notificationEvent(forAlice, alice));
			xadd("events:users", notificationEvent(forBob, bob));
			assertThat(payload(b.next()))
				.isEqualTo(Map.of("notificationAdded", Map.of("id", forBob, "kind", "comment.replied")));
			assertThat(payload(a.next()))
				.isEqualTo(Map.of("notificationAdded", Map.of("id", forAlice, "kind", "user.followed")));
		}
	}

	@Test
	void availabilityChangesAreFilteredByRegion() {
		String videoId = newId();
		String platformId = newId();
		SUBGRAPHS.video(videoId, "Film", "PUBLIC", "READY", 100, newId());
		String query = """
				subscription($v: ID!) {
					availabilityChanged(videoId: $v, region: "US") {
						change region changedAt platform { id } video { title }
					}
				}""";
		try (TestSocket socket = subscribed(null, "a", query, Map.of("v", videoId))) {
			xadd("events:availability", availabilityEvent(videoId, platformId, "DE", "ADDED"));
			xadd("events:availability", availabilityEvent(videoId, platformId, "US", "PRICE_CHANGED"));
			assertThat(payload(socket.next())).isEqualTo(Map.of("availabilityChanged",
					Map.of("change", "PRICE_CHANGED", "region", "US", "changedAt", "2026-11-22T05:00:00Z", "platform",
							Map.of("id", platformId), "video", Map.of("title", "Film"))));
		}
	}

	@Test
	void identicalSubscriptionsInOneScopeShareOneExecutionPerEvent() {
		String videoId = newId();
		SUBGRAPHS.video(videoId, "Shared", "PUBLIC", "PROCESSING", 5, newId());
		try (TestSocket first = subscribed(null, "1", STATUS, Map.of("videoId", videoId));
				TestSocket second = subscribed(null, "2", STATUS, Map.of("videoId", videoId))) {
			int groups = this.hub.groupCount();
			int videosRequests = SUBGRAPHS.requests("videos");
			xadd("events:videos", videoEvent("video.progress", videoId, Map.of("percent", 5)));
			assertThat(payload(first.next())).isEqualTo(payload(second.next()));
			// one entity fetch and one visibility check for both subscribers
			assertThat(SUBGRAPHS.requests("videos") - videosRequests).isEqualTo(2);
			assertThat(groups).isEqualTo(this.hub.groupCount());
		}
	}

	@Test
	void aCompletedSubscriptionReceivesNothingMore() {
		String videoId = newId();
		SUBGRAPHS.video(videoId, "Done", "PUBLIC", "PROCESSING", 5, newId());
		try (TestSocket socket = subscribed(null, "s", STATUS, Map.of("videoId", videoId))) {
			socket.subscribe("marker", STATUS, Map.of("videoId", videoId));
			socket.complete("s");
			xadd("events:videos", videoEvent("video.progress", videoId, Map.of("percent", 5)));
			Map<String, Object> message = socket.next();
			assertThat(message).containsEntry("id", "marker");
			assertThat(socket.pending()).isEmpty();
		}
	}

	private TestSocket subscribed(String token, String id, String query, Map<String, Object> variables) {
		int before = this.hub.subscriptionCount();
		TestSocket socket = TestSocket.acknowledged(this.port, token);
		socket.subscribe(id, query, variables);
		await().until(() -> this.hub.subscriptionCount() > before);
		return socket;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> payload(Map<String, Object> message) {
		assertThat(message).containsEntry("type", "next");
		Map<String, Object> payload = (Map<String, Object>) message.get("payload");
		assertThat(payload).doesNotContainKey("errors");
		return (Map<String, Object>) payload.get("data");
	}

	static io.streamhub.platform.events.EventEnvelope commentEvent(String type, String commentId, String videoId,
			String authorId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("commentId", commentId);
		data.put("videoId", videoId);
		data.put("authorId", authorId);
		return event(type, "Comment", commentId, data);
	}

	static io.streamhub.platform.events.EventEnvelope videoEvent(String type, String videoId,
			Map<String, Object> extra) {
		Map<String, Object> data = new LinkedHashMap<>(extra);
		data.put("videoId", videoId);
		return event(type, "Video", videoId, data);
	}

	static io.streamhub.platform.events.EventEnvelope notificationEvent(String notificationId, UUID recipient) {
		return event("notification.created", "Notification", notificationId,
				Map.of("recipientId", recipient.toString(), "kind", "x", "subjectType", "User", "subjectId", newId()));
	}

	static io.streamhub.platform.events.EventEnvelope availabilityEvent(String videoId, String platformId,
			String region, String change) {
		return event("availability.changed", "Video", videoId, Map.of("videoId", videoId, "platformId", platformId,
				"region", region, "change", change, "changedAt", "2026-11-22T05:00:00Z"));
	}

	static List<String> ids(List<Map<String, Object>> messages) {
		return messages.stream().map((message) -> String.valueOf(message.get("id"))).toList();
	}

}
