package io.streamhub.users.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.users.support.TestAccounts;
import io.streamhub.users.support.TestAccounts.TestUser;
import io.streamhub.users.support.UsersIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@UsersIntegrationTest
class NotificationTests {

	private static final String NOTIFICATIONS = """
			query($unreadOnly: Boolean) {
			  me {
			    unreadNotificationCount
			    notifications(first: 10, unreadOnly: $unreadOnly) {
			      edges { cursor node { id kind subjectType subjectId read actor { id username } subjectUser { id } subjectVideo { id } } }
			      pageInfo { hasNextPage }
			    }
			  }
			}""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@Autowired
	DatabaseClient db;

	@Test
	void theFolloweeSeesAFollowNotificationAndMarksItRead() {
		TestUser star = this.accounts.create("notified");
		TestUser fan = this.accounts.create("follower");
		signedIn(fan).execute("mutation($id: ID!) { follow(userId: $id) { id } }", Map.of("id", star.id().toString()))
			.assertNoErrors();

		GraphQlClient starClient = signedIn(star);
		GraphQlResponse inbox = starClient.execute(NOTIFICATIONS, Map.of()).assertNoErrors();
		assertThat((Integer) inbox.data("me.unreadNotificationCount")).isEqualTo(1);
		assertThat((String) inbox.data("me.notifications.edges[0].node.kind")).isEqualTo("user.followed");
		assertThat((String) inbox.data("me.notifications.edges[0].node.actor.username")).isEqualTo(fan.username());
		assertThat((String) inbox.data("me.notifications.edges[0].node.subjectType")).isEqualTo("User");
		assertThat((String) inbox.data("me.notifications.edges[0].node.subjectUser.id")).isEqualTo(fan.id().toString());
		assertThat((Boolean) inbox.data("me.notifications.edges[0].node.read")).isFalse();
		String id = inbox.data("me.notifications.edges[0].node.id");

		GraphQlResponse marked = starClient
			.execute("mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id read } }",
					Map.of("ids", List.of(id)))
			.assertNoErrors();
		assertThat((Boolean) marked.data("markNotificationsRead[0].read")).isTrue();
		GraphQlResponse unread = starClient.execute(NOTIFICATIONS, Map.of("unreadOnly", true)).assertNoErrors();
		assertThat((List<?>) unread.data("me.notifications.edges")).isEmpty();
		assertThat((Integer) unread.data("me.unreadNotificationCount")).isZero();
	}

	@Test
	void nobodyElseCanReadOrMarkSomeonesNotifications() {
		TestUser star = this.accounts.create("victim");
		TestUser fan = this.accounts.create("snoop");
		GraphQlClient fanClient = signedIn(fan);
		fanClient.execute("mutation($id: ID!) { follow(userId: $id) { id } }", Map.of("id", star.id().toString()))
			.assertNoErrors();
		String notificationId = signedIn(star).execute(NOTIFICATIONS, Map.of())
			.data("me.notifications.edges[0].node.id");

		GraphQlResponse foreign = fanClient.execute(
				"query($id: ID!) { user(id: $id) { unreadNotificationCount notifications { edges { node { id } } } } }",
				Map.of("id", star.id().toString()));
		assertThat(foreign.errorCode()).isEqualTo("FORBIDDEN");
		assertThat((Object) foreign.data("user.unreadNotificationCount")).isNull();

		GraphQlResponse marked = fanClient.execute("mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id } }",
				Map.of("ids", List.of(notificationId)));
		assertThat((List<?>) marked.assertNoErrors().data("markNotificationsRead")).isEmpty();

		String entities = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Notification { id kind } } }";
		Map<String, Object> representation = Map.of("r",
				List.of(Map.of("__typename", "Notification", "id", notificationId)));
		assertThat((Object) fanClient.execute(entities, representation).data("_entities[0]")).isNull();
		assertThat((String) signedIn(star).execute(entities, representation).data("_entities[0].id"))
			.isEqualTo(notificationId);
	}

	@Test
	void aNotificationRequestFromAnotherDomainIsPersistedOnceEvenWhenDeliveredTwiceAndMalformedOnesAreSkipped() {
		TestUser recipient = this.accounts.create("videofan");
		TestUser actor = this.accounts.create("uploader");
		UUID video = UUID.randomUUID();
		EventEnvelope request = EventEnvelope.of("notification.requested", new EventEnvelope.Subject("Video", video),
				actor.id(), Map.of("recipients", List.of(recipient.id().toString(), UUID.randomUUID().toString()),
						"kind", "video.ready", "subject", Map.of("type", "Video", "id", video.toString())));
		EventEnvelope malformed = EventEnvelope.of("notification.requested", new EventEnvelope.Subject("Video", video),
				actor.id(), Map.of("recipients", List.of(recipient.id().toString())));
		publish("events:videos", malformed);
		publish("events:videos", request);
		publish("events:videos", request);
		EventEnvelope marker = EventEnvelope.of("notification.requested", new EventEnvelope.Subject("Video", video),
				actor.id(), Map.of("recipients", List.of(recipient.id().toString()), "kind", "video.marker"));
		publish("events:videos", marker);

		await().atMost(Duration.ofSeconds(15)).until(() -> count(recipient.id(), "video.marker") == 1);
		assertThat(count(recipient.id(), "video.ready")).isEqualTo(1);
		assertThat(count(recipient.id(), null)).as("the malformed request (no kind) created nothing").isEqualTo(2);

		GraphQlResponse inbox = signedIn(recipient).execute(NOTIFICATIONS, Map.of()).assertNoErrors();
		assertThat((List<String>) inbox.data("me.notifications.edges[*].node.kind")).containsExactly("video.marker",
				"video.ready");
		assertThat((String) inbox.data("me.notifications.edges[1].node.subjectVideo.id")).isEqualTo(video.toString());
		assertThat((String) inbox.data("me.notifications.edges[1].node.actor.id")).isEqualTo(actor.id().toString());
		Long created = this.db
			.sql("SELECT count(*) FROM outbox WHERE payload LIKE '%notification.created%' AND payload LIKE :r")
			.bind("r", "%" + recipient.id() + "%")
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block();
		assertThat(created).as("notification.created per notification").isEqualTo(2);
	}

	private long count(UUID recipient, @Nullable String kind) {
		String sql = "SELECT count(*) FROM notification WHERE recipient_id = :r AND (CAST(:k AS text) IS NULL OR kind = :k)";
		DatabaseClient.GenericExecuteSpec spec = this.db.sql(sql).bind("r", recipient);
		spec = (kind != null) ? spec.bind("k", kind) : spec.bindNull("k", String.class);
		return spec.map((row, meta) -> row.get(0, Long.class)).one().block();
	}

	private void publish(String stream, EventEnvelope event) {
		this.redis.opsForStream()
			.add(StreamRecords.string(Map.of("event", EventJson.write(event))).withStreamKey(stream))
			.block(Duration.ofSeconds(5));
	}

	private GraphQlClient signedIn(TestUser user) {
		GraphQlClient client = GraphQlClient.of(this.web);
		return client.withToken(this.accounts.accessToken(client, user));
	}

}
