package io.streamhub.videos.video;

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

/**
 * PRIVATE videos (and videos that are not READY) stay hidden from other users on every
 * path: {@code video}, {@code videos}, {@code User.videos}, {@code Playlist.videos} and
 * {@code _entities}; UNLISTED videos are reachable by id only.
 */
@VideosIntegrationTest
class VisibilityTests {

	private static final String VIDEO = "query($id: ID!) { video(id: $id) { id streamUrl } }";

	private static final String LIST = """
			query($creator: ID!) { videos(filter: {creatorId: $creator}, first: 50) { edges { node { id } } } }""";

	private static final String ENTITIES = """
			query($r: [_Any!]!) { _entities(representations: $r) {
			  ... on Video { id streamUrl }
			  ... on User { id uploadCount videos(first: 10) { edges { node { id } } } }
			} }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	private final UUID owner = UUID.randomUUID();

	private GraphQlClient ownerClient;

	private GraphQlClient otherClient;

	private GraphQlClient adminClient;

	private GraphQlClient anonymous;

	private String privateVideo;

	private String unlisted;

	private String publicVideo;

	private String processing;

	@BeforeEach
	void createVideos() {
		this.ownerClient = GraphQlClient.of(this.web).withToken(TestVideos.token(this.owner, Role.CREATOR));
		this.otherClient = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));
		this.adminClient = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.ADMIN));
		this.anonymous = GraphQlClient.of(this.web);
		this.privateVideo = this.videos.ready(this.owner, "PRIVATE").toString();
		this.unlisted = this.videos.ready(this.owner, "UNLISTED").toString();
		this.publicVideo = this.videos.ready(this.owner, "PUBLIC").toString();
		this.processing = this.videos.insert(this.owner, "PUBLIC", "PROCESSING", "general", "demo").toString();
	}

	@Test
	void videoByIdHidesPrivateAndUnfinishedVideosFromOthers() {
		for (GraphQlClient outsider : List.of(this.otherClient, this.anonymous)) {
			assertThat(outsider.execute(VIDEO, Map.of("id", this.privateVideo)).assertNoErrors().<Object>data("video"))
				.isNull();
			assertThat(outsider.execute(VIDEO, Map.of("id", this.processing)).assertNoErrors().<Object>data("video"))
				.isNull();
			assertThat((String) outsider.execute(VIDEO, Map.of("id", this.unlisted)).data("video.id"))
				.isEqualTo(this.unlisted);
			assertThat((String) outsider.execute(VIDEO, Map.of("id", this.publicVideo)).data("video.id"))
				.isEqualTo(this.publicVideo);
		}
		for (GraphQlClient insider : List.of(this.ownerClient, this.adminClient)) {
			GraphQlResponse response = insider.execute(VIDEO, Map.of("id", this.privateVideo)).assertNoErrors();
			assertThat((String) response.data("video.id")).isEqualTo(this.privateVideo);
			assertThat((String) response.data("video.streamUrl"))
				.contains("/playback/" + this.privateVideo + "/master.m3u8?expires=")
				.contains("&sig=");
		}
	}

	@Test
	void listingsShowOthersOnlyPublicReadyVideos() {
		assertThat(ids(this.otherClient.execute(LIST, Map.of("creator", this.owner.toString())), "videos"))
			.containsExactly(this.publicVideo);
		assertThat(ids(this.anonymous.execute(LIST, Map.of("creator", this.owner.toString())), "videos"))
			.containsExactly(this.publicVideo);
		assertThat(ids(this.ownerClient.execute(LIST, Map.of("creator", this.owner.toString())), "videos"))
			.containsExactly(this.processing, this.publicVideo, this.unlisted, this.privateVideo);
		assertThat(ids(this.adminClient.execute(LIST, Map.of("creator", this.owner.toString())), "videos")).hasSize(4);
		List<String> everything = ids(
				this.ownerClient.execute("{ videos(first: 100) { edges { node { id } } } }").assertNoErrors(),
				"videos");
		assertThat(everything).contains(this.publicVideo)
			.doesNotContain(this.unlisted, this.privateVideo, this.processing);
	}

	@Test
	void entitiesResolveInvisibleVideosToNullAndUserVideosFollowTheSameRule() {
		List<Map<String, Object>> representations = List.of(video(this.privateVideo), video(this.publicVideo),
				video(this.processing), Map.of("__typename", "User", "id", this.owner.toString()));

		GraphQlResponse other = this.otherClient.execute(ENTITIES, Map.of("r", representations)).assertNoErrors();
		GraphQlResponse owner = this.ownerClient.execute(ENTITIES, Map.of("r", representations)).assertNoErrors();

		List<Object> seenByOther = other.data("_entities");
		assertThat(seenByOther.get(0)).isNull();
		assertThat((String) other.data("_entities[1].id")).isEqualTo(this.publicVideo);
		assertThat(seenByOther.get(2)).isNull();
		assertThat((List<String>) other.data("_entities[3].videos.edges[*].node.id")).containsExactly(this.publicVideo);
		assertThat((Integer) other.data("_entities[3].uploadCount")).isEqualTo(1);
		assertThat((String) owner.data("_entities[0].id")).isEqualTo(this.privateVideo);
		assertThat((List<String>) owner.data("_entities[3].videos.edges[*].node.id")).hasSize(4);
		assertThat((Integer) owner.data("_entities[3].uploadCount")).isEqualTo(4);
	}

	@Test
	void playlistsShowOthersOnlyTheVideosTheyMaySee() {
		String playlist = this.ownerClient.execute("""
				mutation { createPlaylist(input: {title: "Mixed", visibility: PUBLIC}) { id } }""")
			.assertNoErrors()
			.data("createPlaylist.id");
		for (String video : List.of(this.privateVideo, this.unlisted, this.publicVideo)) {
			this.ownerClient
				.execute("mutation($p: ID!, $v: ID!) { addToPlaylist(playlistId: $p, videoId: $v) { id } }",
						Map.of("p", playlist, "v", video))
				.assertNoErrors();
		}
		String query = """
				query($id: ID!) { playlist(id: $id) { videoCount videos { edges { position node { id } } } } }""";

		GraphQlResponse other = this.otherClient.execute(query, Map.of("id", playlist)).assertNoErrors();
		GraphQlResponse owner = this.ownerClient.execute(query, Map.of("id", playlist)).assertNoErrors();
		GraphQlResponse entity = this.otherClient.execute(
				ENTITIES.replace("... on User", "... on Playlist { videoCount }" + " ... on User"),
				Map.of("r", List.of(Map.of("__typename", "Playlist", "id", playlist))));

		assertThat((List<String>) other.data("playlist.videos.edges[*].node.id")).containsExactly(this.unlisted,
				this.publicVideo);
		assertThat((Integer) other.data("playlist.videoCount")).isEqualTo(2);
		assertThat((List<String>) owner.data("playlist.videos.edges[*].node.id")).containsExactly(this.privateVideo,
				this.unlisted, this.publicVideo);
		assertThat((Integer) owner.data("playlist.videoCount")).isEqualTo(3);
		assertThat((Integer) entity.assertNoErrors().data("_entities[0].videoCount")).isEqualTo(2);
	}

	@Test
	void privatePlaylistsAreHiddenFromOthers() {
		String playlist = this.ownerClient.execute("""
				mutation { createPlaylist(input: {title: "Mine"}) { id visibility } }""")
			.assertNoErrors()
			.data("createPlaylist.id");
		String query = "query($id: ID!) { playlist(id: $id) { id } }";
		assertThat(this.otherClient.execute(query, Map.of("id", playlist)).assertNoErrors().<Object>data("playlist"))
			.isNull();
		assertThat((String) this.ownerClient.execute(query, Map.of("id", playlist)).data("playlist.id"))
			.isEqualTo(playlist);
		assertThat(this.otherClient
			.execute("mutation($p: ID!, $v: ID!) { addToPlaylist(playlistId: $p, videoId: $v) { id } }",
					Map.of("p", playlist, "v", this.publicVideo))
			.errorCode()).isEqualTo("NOT_FOUND");
	}

	@Test
	void serviceSdlDeclaresTheEntitiesOfThisSubgraph() {
		String sdl = this.anonymous.execute("{ _service { sdl } }").assertNoErrors().data("_service.sdl");
		assertThat(sdl).containsPattern("type Video @key\\(fields ?: ?\"id\"")
			.containsPattern("type Playlist @key\\(fields ?: ?\"id\"")
			.containsPattern("type User @key\\(fields ?: ?\"id\"");
	}

	private static Map<String, Object> video(String id) {
		return Map.of("__typename", "Video", "id", id);
	}

	private static List<String> ids(GraphQlResponse response, String connection) {
		response.assertNoErrors();
		return response.data(connection + ".edges[*].node.id");
	}

}
