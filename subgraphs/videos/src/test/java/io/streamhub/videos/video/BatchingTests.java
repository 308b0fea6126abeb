package io.streamhub.videos.video;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.SqlStatementCounter;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.videos.support.TestVideos;
import io.streamhub.videos.support.VideosIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every to-many and cross-entity field is batched: the number of SQL statements of a
 * request does not grow with the number of videos, users or playlists in it.
 */
@VideosIntegrationTest
class BatchingTests {

	private static final String PAGE = """
			query($creator: ID!, $first: Int!) {
			  videos(filter: {creatorId: $creator}, first: $first) {
			    edges { cursor node { id title creator { id } viewerHasLiked likeCount viewCount streamUrl
			      thumbnailUrl renditions { name playlistUrl } } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	private static final String ENTITIES = """
			query($r: [_Any!]!) { _entities(representations: $r) {
			  ... on Video { id creator { id } viewerHasLiked renditions { playlistUrl } }
			  ... on User { id uploadCount videos(first: 3) { edges { node { id viewerHasLiked } } } }
			} }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	SqlStatementCounter sql;

	@Test
	void aPageOfFiftyVideosWithCreatorLikesAndUrlsCostsTwoStatementsLikeAPageOfFive() {
		UUID creator = UUID.randomUUID();
		List<String> ids = createVideos(creator, 50);
		GraphQlClient viewer = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));
		viewer.execute("mutation($id: ID!) { likeVideo(videoId: $id) { id } }", Map.of("id", ids.get(3)))
			.assertNoErrors();

		int five = statements(() -> viewer.execute(PAGE, Map.of("creator", creator.toString(), "first", 5)));
		this.sql.reset();
		GraphQlResponse fifty = viewer.execute(PAGE, Map.of("creator", creator.toString(), "first", 50))
			.assertNoErrors();
		List<String> statements = requestStatements();

		assertThat((List<String>) fifty.data("videos.edges[*].node.id")).hasSize(50);
		assertThat((List<Boolean>) fifty.data("videos.edges[*].node.viewerHasLiked")).containsOnlyOnce(true);
		assertThat((List<String>) fifty.data("videos.edges[*].node.creator.id")).containsOnly(creator.toString());
		System.out.printf("videos page: %d statements for 5 videos, %d for 50%n", five, statements.size());
		assertThat(statements).as("statements for 50 videos: %s", statements).hasSize(2);
		assertThat(five).as("statements for 5 videos").isEqualTo(2);
	}

	@Test
	void fiftyVideoAndTwentyUserRepresentationsCostAConstantNumberOfStatements() {
		List<Map<String, Object>> representations = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			UUID creator = UUID.randomUUID();
			for (String id : createVideos(creator, 3)) {
				representations.add(Map.of("__typename", "Video", "id", id));
			}
			representations.add(Map.of("__typename", "User", "id", creator.toString()));
		}
		GraphQlClient viewer = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));

		this.sql.reset();
		GraphQlResponse response = viewer.execute(ENTITIES, Map.of("r", representations)).assertNoErrors();
		List<String> statements = requestStatements();

		assertThat((List<Object>) response.data("_entities")).hasSize(80);
		assertThat((List<Object>) response.data("_entities[3].videos.edges")).hasSize(3);
		assertThat((Integer) response.data("_entities[3].uploadCount")).isEqualTo(3);
		System.out.printf("_entities of 60 videos + 20 users: %d statements%n", statements.size());
		// videos by id, User.videos pages, upload counts, viewerHasLiked (one batch for
		// all)
		assertThat(statements).as("statements: %s", statements).hasSizeLessThanOrEqualTo(4);
	}

	@Test
	void aPlaylistOfFiftyVideosCostsAsManyStatementsAsAPlaylistOfFive() {
		UUID owner = UUID.randomUUID();
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(owner, Role.VIEWER));
		String small = playlist(client, createVideos(UUID.randomUUID(), 5));
		String large = playlist(client, createVideos(UUID.randomUUID(), 50));
		String query = """
				query($id: ID!) { playlist(id: $id) { id owner { id } videoCount
				  videos(first: 100) { edges { position node { id creator { id } viewerHasLiked } } } } }""";

		int forFive = statements(() -> client.execute(query, Map.of("id", small)));
		this.sql.reset();
		GraphQlResponse response = client.execute(query, Map.of("id", large)).assertNoErrors();
		int forFifty = requestStatements().size();

		assertThat((List<Object>) response.data("playlist.videos.edges")).hasSize(50);
		System.out.printf("playlist: %d statements for 5 videos, %d for 50%n", forFive, forFifty);
		assertThat(forFifty).isEqualTo(forFive).isLessThanOrEqualTo(4);
	}

	private String playlist(GraphQlClient client, List<String> videoIds) {
		String id = client.execute("mutation { createPlaylist(input: {title: \"Batch\"}) { id } }")
			.assertNoErrors()
			.data("createPlaylist.id");
		for (String video : videoIds) {
			client
				.execute("mutation($p: ID!, $v: ID!) { addToPlaylist(playlistId: $p, videoId: $v) { id } }",
						Map.of("p", id, "v", video))
				.assertNoErrors();
		}
		return id;
	}

	private List<String> createVideos(UUID creator, int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(this.videos.ready(creator, "PUBLIC").toString());
		}
		return ids;
	}

	private int statements(Runnable request) {
		this.sql.reset();
		request.run();
		return requestStatements().size();
	}

	/**
	 * The counter sees every statement of the context, including the outbox relay's
	 * background polling: those are not the request's.
	 */
	private List<String> requestStatements() {
		return this.sql.statements().stream().filter((statement) -> !statement.contains("outbox")).toList();
	}

}
