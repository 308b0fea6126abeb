package io.streamhub.users.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code notification.requested} with {@code "audience": "followers-of"}, as the videos
 * service emits it when a video becomes READY (batch size 10 and cap 30 in tests, see
 * {@link UsersIntegrationTest}).
 */
@UsersIntegrationTest
class FollowersFanOutTests {

	private static final String INBOX = """
			{ me { notifications(first: 10) { edges { node { kind subjectType subjectVideo { id } actor { id } } } } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@Autowired
	DatabaseClient db;

	@Test
	void theCreatorAndEveryFollowerAreNotifiedOnceEvenWhenTheRequestIsDeliveredTwice() {
		TestUser creator = this.accounts.create("creator");
		List<TestUser> followers = followers(creator, 25);
		TestUser stranger = this.accounts.create("stranger");
		follow(stranger, this.accounts.create("other"));
		UUID video = UUID.randomUUID();
		EventEnvelope ready = readyRequest(creator, video, List.of(creator.id(), followers.get(0).id()));

		publish(ready);
		publish(ready);
		publish(EventEnvelope.of("notification.requested", new EventEnvelope.Subject("Video", video), null,
				Map.of("recipients", List.of(creator.id().toString()), "kind", "video.marker")));

		await().atMost(Duration.ofSeconds(15)).until(() -> count(creator.id(), "video.marker") == 1);
		assertThat(count(creator.id(), "video.ready")).isEqualTo(1);
		for (TestUser follower : followers) {
			assertThat(count(follower.id(), "video.ready")).as(follower.username()).isEqualTo(1);
		}
		assertThat(count(stranger.id(), "video.ready")).as("not a follower").isZero();
		assertThat(createdEvents(video)).as("notification.created per notification").isEqualTo(26);

		GraphQlResponse inbox = signedIn(followers.get(24)).execute(INBOX, Map.of()).assertNoErrors();
		assertThat((List<String>) inbox.data("me.notifications.edges[*].node.kind")).containsExactly("video.ready");
		assertThat((String) inbox.data("me.notifications.edges[0].node.subjectVideo.id")).isEqualTo(video.toString());
		assertThat((String) inbox.data("me.notifications.edges[0].node.actor.id")).isEqualTo(creator.id().toString());
		GraphQlResponse own = signedIn(creator).execute(INBOX, Map.of()).assertNoErrors();
		assertThat((List<String>) own.data("me.notifications.edges[*].node.kind")).containsExactly("video.marker",
				"video.ready");
	}

	@Test
	void noMoreFollowersThanTheCapAreNotified() {
		TestUser creator = this.accounts.create("famous");
		List<TestUser> followers = followers(creator, 35);
		UUID video = UUID.randomUUID();

		publish(readyRequest(creator, video, List.of(creator.id())));

		await().atMost(Duration.ofSeconds(15)).until(() -> count(creator.id(), "video.ready") == 1);
		long notified = followers.stream().filter((follower) -> count(follower.id(), "video.ready") == 1).count();
		long twice = followers.stream().filter((follower) -> count(follower.id(), "video.ready") > 1).count();
		assertThat(notified).as("max-fan-out is 30 in tests").isEqualTo(30);
		assertThat(twice).isZero();
		assertThat(createdEvents(video)).isEqualTo(31);
	}

	private EventEnvelope readyRequest(TestUser creator, UUID video, List<UUID> recipients) {
		return EventEnvelope.of("notification.requested", new EventEnvelope.Subject("Video", video), null,
				Map.of("recipients", recipients.stream().map(UUID::toString).toList(), "kind", "video.ready", "subject",
						Map.of("type", "Video", "id", video.toString()), "audience", "followers-of", "creatorId",
						creator.id().toString()));
	}

	private List<TestUser> followers(TestUser followee, int count) {
		List<TestUser> followers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			TestUser follower = this.accounts.create("fan");
			follow(follower, followee);
			followers.add(follower);
		}
		return followers;
	}

	private void follow(TestUser follower, TestUser followee) {
		this.db.sql("INSERT INTO follow (follower_id, followee_id, created_at) VALUES (:follower, :followee, :at)")
			.bind("follower", follower.id())
			.bind("followee", followee.id())
			.bind("at", Instant.now())
			.then()
			.block();
	}

	private long count(UUID recipient, String kind) {
		return this.db.sql("SELECT count(*) FROM notification WHERE recipient_id = :r AND kind = :k")
			.bind("r", recipient)
			.bind("k", kind)
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block();
	}

	private long createdEvents(UUID video) {
		return this.db
			.sql("SELECT count(*) FROM outbox WHERE payload LIKE '%notification.created%' AND payload LIKE :v "
					+ "AND payload LIKE '%video.ready%'")
			.bind("v", "%" + video + "%")
			.map((row, meta) -> row.get(0, Long.class))
			.one()
			.block();
	}

	private void publish(EventEnvelope event) {
		this.redis.opsForStream()
			.add(StreamRecords.string(Map.of("event", EventJson.write(event))).withStreamKey("events:videos"))
			.block(Duration.ofSeconds(5));
	}

	private GraphQlClient signedIn(TestUser user) {
		GraphQlClient client = GraphQlClient.of(this.web);
		return client.withToken(this.accounts.accessToken(client, user));
	}

}
