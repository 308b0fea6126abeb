package io.streamhub.videos.playlist;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.videos.support.TestVideos;
import io.streamhub.videos.support.VideosIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@VideosIntegrationTest
class PlaylistTests {

	private static final String ADD = """
			mutation($p: ID!, $v: ID!) { addToPlaylist(playlistId: $p, videoId: $v) { videoCount } }""";

	private static final String ORDER = """
			query($id: ID!, $after: String) { playlist(id: $id) { title description visibility owner { id }
			  videos(first: 2, after: $after) { edges { position node { id } } pageInfo { hasNextPage endCursor } } } }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	private final UUID owner = UUID.randomUUID();

	private GraphQlClient client;

	private String playlist;

	private List<String> items;

	@BeforeEach
	void createPlaylist() {
		this.client = GraphQlClient.of(this.web).withToken(TestVideos.token(this.owner, Role.VIEWER));
		this.playlist = this.client.execute("""
				mutation { createPlaylist(input: {title: "Road trip", description: "Songs", visibility: UNLISTED}) {
				  id } }""").assertNoErrors().data("createPlaylist.id");
		UUID creator = UUID.randomUUID();
		this.items = List.of(this.videos.ready(creator, "PUBLIC").toString(),
				this.videos.ready(creator, "PUBLIC").toString(), this.videos.ready(creator, "PUBLIC").toString(),
				this.videos.ready(creator, "PUBLIC").toString());
		for (String item : this.items) {
			this.client.execute(ADD, Map.of("p", this.playlist, "v", item)).assertNoErrors();
		}
	}

	@Test
	void videosComeInPositionOrderAcrossPagesAndAddingTwiceKeepsOneEntry() {
		GraphQlResponse again = this.client.execute(ADD, Map.of("p", this.playlist, "v", this.items.get(0)))
			.assertNoErrors();

		assertThat((Integer) again.data("addToPlaylist.videoCount")).isEqualTo(4);
		assertThat(order()).containsExactlyElementsOf(this.items);
		GraphQlResponse first = this.client.execute(ORDER, Map.of("id", this.playlist)).assertNoErrors();
		assertThat((String) first.data("playlist.owner.id")).isEqualTo(this.owner.toString());
		assertThat((String) first.data("playlist.visibility")).isEqualTo("UNLISTED");
		assertThat((List<Integer>) first.data("playlist.videos.edges[*].position")).containsExactly(0, 1);
	}

	@Test
	void movingAndRemovingKeepPositionsDense() {
		move(this.items.get(3), 0);
		assertThat(order()).containsExactly(this.items.get(3), this.items.get(0), this.items.get(1), this.items.get(2));
		move(this.items.get(3), 99);
		assertThat(order()).containsExactlyElementsOf(this.items);
		move(this.items.get(0), 2);
		assertThat(order()).containsExactly(this.items.get(1), this.items.get(2), this.items.get(0), this.items.get(3));

		this.client
			.execute("""
					mutation($p: ID!, $v: ID!) { removeFromPlaylist(playlistId: $p, videoId: $v) { videoCount } }""",
					Map.of("p", this.playlist, "v", this.items.get(2)))
			.assertNoErrors();

		assertThat(order()).containsExactly(this.items.get(1), this.items.get(0), this.items.get(3));
		GraphQlResponse positions = this.client.execute(
				"query($id: ID!) { playlist(id: $id) { videos { edges { position } } } }", Map.of("id", this.playlist));
		assertThat((List<Integer>) positions.data("playlist.videos.edges[*].position")).containsExactly(0, 1, 2);
	}

	@Test
	void onlyTheOwnerChangesAPlaylistAndInputIsValidated() {
		GraphQlClient other = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));

		assertThat(other.execute(ADD, Map.of("p", this.playlist, "v", this.items.get(0))).errorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(other.execute("mutation($id: ID!) { deletePlaylist(id: $id) }", Map.of("id", this.playlist))
			.errorCode()).isEqualTo("FORBIDDEN");
		GraphQlResponse html = this.client.execute(
				"mutation($id: ID!) { updatePlaylist(id: $id, input: {title: \"<i>x</i>\"}) { title } }",
				Map.of("id", this.playlist));
		assertThat(html.errorField()).isEqualTo("input.title");
		GraphQlResponse renamed = this.client
			.execute(
					"mutation($id: ID!) { updatePlaylist(id: $id, input: {title: \"Renamed\"}) { title description } }",
					Map.of("id", this.playlist))
			.assertNoErrors();
		assertThat((String) renamed.data("updatePlaylist.title")).isEqualTo("Renamed");
		assertThat((String) renamed.data("updatePlaylist.description")).isEqualTo("Songs");
		assertThat((Boolean) this.client
			.execute("mutation($id: ID!) { deletePlaylist(id: $id) }", Map.of("id", this.playlist))
			.data("deletePlaylist")).isTrue();
		assertThat(this.client.execute(ORDER, Map.of("id", this.playlist)).<Object>data("playlist")).isNull();
	}

	private void move(String video, int position) {
		this.client.execute("""
				mutation($p: ID!, $v: ID!, $pos: Int!) { movePlaylistItem(playlistId: $p, videoId: $v, position: $pos) {
				  id } }""", Map.of("p", this.playlist, "v", video, "pos", position)).assertNoErrors();
	}

	private List<String> order() {
		List<String> all = new java.util.ArrayList<>();
		Map<String, Object> variables = new java.util.HashMap<>(Map.of("id", this.playlist));
		for (int page = 0; page < 5; page++) {
			GraphQlResponse response = this.client.execute(ORDER, variables).assertNoErrors();
			all.addAll(response.data("playlist.videos.edges[*].node.id"));
			if (!Boolean.TRUE.equals(response.data("playlist.videos.pageInfo.hasNextPage"))) {
				return all;
			}
			variables.put("after", response.data("playlist.videos.pageInfo.endCursor"));
		}
		throw new AssertionError("did not end");
	}

}
