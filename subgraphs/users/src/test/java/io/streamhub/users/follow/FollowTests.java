package io.streamhub.users.follow;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.EventJson;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.users.support.TestAccounts;
import io.streamhub.users.support.TestAccounts.TestUser;
import io.streamhub.users.support.UsersIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@UsersIntegrationTest
class FollowTests {

	private static final String FOLLOW = "mutation($id: ID!) { follow(userId: $id) { id followerCount viewerIsFollowing } }";

	private static final String UNFOLLOW = "mutation($id: ID!) { unfollow(userId: $id) { id followerCount viewerIsFollowing } }";

	private static final String FOLLOWERS = """
			query($id: ID!, $first: Int, $after: String) {
			  user(id: $id) {
			    followerCount followingCount
			    followers(first: $first, after: $after) {
			      edges { cursor followedAt node { id username } }
			      pageInfo { hasNextPage endCursor }
			    }
			  }
			}""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReactiveStringRedisTemplate redis;

	private TestUser star;

	private GraphQlClient anonymous;

	@BeforeEach
	void setUp() {
		this.anonymous = GraphQlClient.of(this.web);
		this.star = this.accounts.create("star");
	}

	@Test
	void followAndUnfollowAreIdempotent() {
		GraphQlClient fan = signedIn(this.accounts.create("fan"));
		GraphQlResponse first = fan.execute(FOLLOW, id(this.star)).assertNoErrors();
		assertThat((Integer) first.data("follow.followerCount")).isEqualTo(1);
		assertThat((Boolean) first.data("follow.viewerIsFollowing")).isTrue();
		GraphQlResponse again = fan.execute(FOLLOW, id(this.star)).assertNoErrors();
		assertThat((Integer) again.data("follow.followerCount")).isEqualTo(1);

		GraphQlResponse unfollowed = fan.execute(UNFOLLOW, id(this.star)).assertNoErrors();
		assertThat((Integer) unfollowed.data("unfollow.followerCount")).isZero();
		assertThat((Boolean) unfollowed.data("unfollow.viewerIsFollowing")).isFalse();
		assertThat((Integer) fan.execute(UNFOLLOW, id(this.star)).assertNoErrors().data("unfollow.followerCount"))
			.isZero();
	}

	@Test
	void followingYourselfOrNobodyIsRefused() {
		GraphQlClient self = signedIn(this.star);
		GraphQlResponse selfFollow = self.execute(FOLLOW, id(this.star));
		assertThat(selfFollow.errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(selfFollow.errorField()).isEqualTo("userId");
		assertThat(self.execute(FOLLOW, Map.of("id", java.util.UUID.randomUUID().toString())).errorCode())
			.isEqualTo("NOT_FOUND");
		assertThat(self.execute(FOLLOW, Map.of("id", "x")).errorField()).isEqualTo("userId");
		assertThat(this.anonymous.execute(FOLLOW, id(this.star)).errorCode()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void followersArePagedNewestFirstWithCursors() {
		TestUser a = this.accounts.create("fa");
		TestUser b = this.accounts.create("fb");
		TestUser c = this.accounts.create("fc");
		for (TestUser fan : List.of(a, b, c)) {
			signedIn(fan).execute(FOLLOW, id(this.star)).assertNoErrors();
		}
		GraphQlResponse page1 = this.anonymous.execute(FOLLOWERS, Map.of("id", this.star.id().toString(), "first", 2))
			.assertNoErrors();
		assertThat((Integer) page1.data("user.followerCount")).isEqualTo(3);
		assertThat((List<String>) page1.data("user.followers.edges[*].node.username")).containsExactly(c.username(),
				b.username());
		assertThat((Boolean) page1.data("user.followers.pageInfo.hasNextPage")).isTrue();

		String after = page1.data("user.followers.pageInfo.endCursor");
		GraphQlResponse page2 = this.anonymous
			.execute(FOLLOWERS, Map.of("id", this.star.id().toString(), "first", 2, "after", after))
			.assertNoErrors();
		assertThat((List<String>) page2.data("user.followers.edges[*].node.username")).containsExactly(a.username());
		assertThat((Boolean) page2.data("user.followers.pageInfo.hasNextPage")).isFalse();

		GraphQlResponse following = this.anonymous
			.execute("query($id: ID!) { user(id: $id) { followingCount following { edges { node { id } } } } }",
					Map.of("id", a.id().toString()))
			.assertNoErrors();
		assertThat((Integer) following.data("user.followingCount")).isEqualTo(1);
		assertThat((List<String>) following.data("user.following.edges[*].node.id"))
			.containsExactly(this.star.id().toString());
	}

	@Test
	void pageArgumentsAreValidated() {
		GraphQlResponse tooMany = this.anonymous.execute(FOLLOWERS,
				Map.of("id", this.star.id().toString(), "first", 101));
		assertThat(tooMany.errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(tooMany.errorField()).isEqualTo("first");
		GraphQlResponse badCursor = this.anonymous.execute(FOLLOWERS,
				Map.of("id", this.star.id().toString(), "after", "%%%"));
		assertThat(badCursor.errorField()).isEqualTo("after");
	}

	@Test
	void aFollowIsPublishedAsUserFollowedOnTheUsersStream() {
		TestUser fan = this.accounts.create("publisher");
		signedIn(fan).execute(FOLLOW, id(this.star)).assertNoErrors();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(streamEvents()).anySatisfy((event) -> {
			assertThat(event.type()).isEqualTo("user.followed");
			assertThat(event.actor()).isEqualTo(fan.id());
			assertThat(event.subject().id()).isEqualTo(this.star.id());
		}));
	}

	private List<EventEnvelope> streamEvents() {
		List<MapRecord<String, Object, Object>> records = this.redis.opsForStream()
			.range("events:users", Range.unbounded())
			.collectList()
			.block(Duration.ofSeconds(5));
		return records.stream()
			.map((record) -> EventJson.read(String.valueOf(record.getValue().get("event"))))
			.toList();
	}

	private GraphQlClient signedIn(TestUser user) {
		GraphQlClient client = GraphQlClient.of(this.web);
		return client.withToken(this.accounts.accessToken(client, user));
	}

	private static Map<String, Object> id(TestUser user) {
		return Map.of("id", user.id().toString());
	}

}
