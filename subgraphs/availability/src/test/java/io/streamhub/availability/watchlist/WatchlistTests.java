package io.streamhub.availability.watchlist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.availability.support.AvailabilityIntegrationTest;
import io.streamhub.availability.support.TestVideos;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Watchlists: idempotent changes, private to their user, paged newest first, and never
 * listing a video the user may not see.
 */
@AvailabilityIntegrationTest
class WatchlistTests {

	private static final String ADD = "mutation($v: ID!) { addToWatchlist(videoId: $v) { addedAt video { id } } }";

	private static final String REMOVE = "mutation($v: ID!) { removeFromWatchlist(videoId: $v) }";

	private static final String WATCHLIST = """
			query($u: _Any!, $first: Int, $after: String) { _entities(representations: [$u]) { ... on User {
			  watchlist(first: $first, after: $after) { edges { cursor node { addedAt video { id } } }
			  pageInfo { hasNextPage endCursor } } } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Test
	void addingAndRemovingAreIdempotentAndTheListIsNewestFirstInPages() {
		UUID user = UUID.randomUUID();
		GraphQlClient me = client(user);
		List<String> added = List.of(this.videos.publicVideo().toString(), this.videos.publicVideo().toString(),
				this.videos.publicVideo().toString());
		added.forEach((video) -> me.execute(ADD, Map.of("v", video)).assertNoErrors());
		String firstAddedAt = me.execute(ADD, Map.of("v", added.get(0)))
			.assertNoErrors()
			.data("addToWatchlist.addedAt");

		GraphQlResponse page1 = watchlist(me, user, 2, null);
		assertThat((List<String>) page1.data("_entities[0].watchlist.edges[*].node.video.id"))
			.containsExactly(added.get(2), added.get(1));
		assertThat((Boolean) page1.data("_entities[0].watchlist.pageInfo.hasNextPage")).isTrue();
		GraphQlResponse page2 = watchlist(me, user, 2, page1.data("_entities[0].watchlist.pageInfo.endCursor"));
		assertThat((List<String>) page2.data("_entities[0].watchlist.edges[*].node.video.id"))
			.as("adding again kept the original addedAt")
			.containsExactly(added.get(0));
		assertThat((String) page2.data("_entities[0].watchlist.edges[0].node.addedAt")).isEqualTo(firstAddedAt);

		assertThat((Boolean) me.execute(REMOVE, Map.of("v", added.get(1))).data("removeFromWatchlist")).isTrue();
		assertThat((Boolean) me.execute(REMOVE, Map.of("v", added.get(1))).data("removeFromWatchlist")).isTrue();
		assertThat((List<String>) watchlist(me, user, 10, null).data("_entities[0].watchlist.edges[*].node.video.id"))
			.containsExactly(added.get(2), added.get(0));
	}

	@Test
	void aWatchlistIsVisibleOnlyToItsUser() {
		UUID user = UUID.randomUUID();
		client(user).execute(ADD, Map.of("v", this.videos.publicVideo().toString())).assertNoErrors();

		assertThat((Object) watchlist(client(UUID.randomUUID()), user, 10, null).data("_entities[0].watchlist"))
			.isNull();
		assertThat((Object) watchlist(
				GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.ADMIN)), user, 10, null)
			.data("_entities[0].watchlist")).isNull();
		assertThat((Object) watchlist(GraphQlClient.of(this.web), user, 10, null).data("_entities[0].watchlist"))
			.isNull();
		assertThat((List<Object>) watchlist(client(user), user, 10, null).data("_entities[0].watchlist.edges"))
			.hasSize(1);
	}

	@Test
	void privateUnknownAndHiddenVideosCannotBeWatchlistedOrSeen() {
		UUID user = UUID.randomUUID();
		GraphQlClient me = client(user);
		UUID othersPrivate = this.videos.video(UUID.randomUUID(), "PRIVATE");
		UUID ownPrivate = this.videos.video(user, "PRIVATE");
		UUID turnsPrivate = this.videos.publicVideo();

		assertThat(me.execute(ADD, Map.of("v", othersPrivate.toString())).errorCode()).isEqualTo("NOT_FOUND");
		assertThat(me.execute(ADD, Map.of("v", UUID.randomUUID().toString())).errorCode()).isEqualTo("NOT_FOUND");
		assertThat(me.execute(ADD, Map.of("v", "garbage")).errorField()).isEqualTo("videoId");
		assertThat(GraphQlClient.of(this.web).execute(ADD, Map.of("v", turnsPrivate.toString())).errorCode())
			.isEqualTo("UNAUTHENTICATED");
		me.execute(ADD, Map.of("v", ownPrivate.toString())).assertNoErrors();
		me.execute(ADD, Map.of("v", turnsPrivate.toString())).assertNoErrors();
		this.videos.setVisibility(turnsPrivate, "PRIVATE");

		assertThat((List<String>) watchlist(me, user, 10, null).data("_entities[0].watchlist.edges[*].node.video.id"))
			.containsExactly(ownPrivate.toString());
	}

	@Test
	void badPagingArgumentsAreBadUserInput() {
		UUID user = UUID.randomUUID();
		GraphQlResponse cursor = watchlist(client(user), user, 10, "not-a-cursor");
		GraphQlResponse first = watchlist(client(user), user, 101, null);

		assertThat(cursor.errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(cursor.errorField()).isEqualTo("after");
		assertThat(first.errorField()).isEqualTo("first");
	}

	private GraphQlResponse watchlist(GraphQlClient client, UUID user, int first, String after) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("u", Map.of("__typename", "User", "id", user.toString()));
		variables.put("first", first);
		variables.put("after", after);
		return client.execute(WATCHLIST, variables);
	}

	private GraphQlClient client(UUID user) {
		return GraphQlClient.of(this.web).withToken(TestVideos.token(user, Role.VIEWER));
	}

}
