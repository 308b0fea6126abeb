package io.streamhub.router;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphqlErrorException;
import graphql.schema.DataFetcher;
import io.streamhub.router.supergraph.Supergraph;

/**
 * The three test subgraphs behind {@code supergraphs/streamhub.graphql}, running on real
 * HTTP.
 */
public final class StreamhubSubgraphs implements AutoCloseable {

	final TestSubgraph users;

	final TestSubgraph videos;

	final TestSubgraph comments;

	private final Map<String, Map<String, Object>> userData = new ConcurrentHashMap<>();

	public StreamhubSubgraphs() {
		this.userData.put("u1", user("u1", "ada"));
		this.userData.put("u2", user("u2", "grace"));
		this.users = startUsers();
		this.videos = startVideos();
		this.comments = startComments();
	}

	public Supergraph supergraph() {
		String sdl = TestSupergraphs.sdl("streamhub")
			.replace("http://localhost:4001/graphql", this.users.url())
			.replace("http://localhost:4002/graphql", this.videos.url())
			.replace("http://localhost:4003/graphql", this.comments.url());
		return Supergraph.parse(sdl);
	}

	private static Map<String, Object> user(String id, String username) {
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("__typename", "User");
		user.put("id", id);
		user.put("username", username);
		user.put("email", username + "@example.com");
		return user;
	}

	private TestSubgraph startUsers() {
		String sdl = """
				type Query { me: User user(id: ID!): User }
				type Mutation { rename(name: String!): User }
				type User @key(fields: "id") { id: ID! username: String! email: String @inaccessible }
				""";
		Map<String, DataFetcher<?>> fetchers = Map.of("Query.me", (env) -> this.userData.get("u1"), "Query.user",
				(env) -> this.userData.get(env.<String>getArgument("id")), "Mutation.rename", (env) -> {
					this.userData.get("u1").put("username", env.getArgument("name"));
					return this.userData.get("u1");
				});
		return TestSubgraph.start("users", sdl, fetchers,
				(representation) -> this.userData.get(representation.get("id")));
	}

	static Map<String, Object> video(String id, String title, Integer duration, String creator) {
		Map<String, Object> video = new LinkedHashMap<>();
		video.put("__typename", "Video");
		video.put("id", id);
		video.put("title", title);
		video.put("durationSeconds", duration);
		video.put("creatorId", creator);
		return video;
	}

	private static final Map<String, Map<String, Object>> VIDEOS = new LinkedHashMap<>();

	static {
		VIDEOS.put("v1", video("v1", "Intro", 90, "u1"));
		VIDEOS.put("v2", video("v2", "Deep dive", 3600, "u2"));
		VIDEOS.put("v3", video("v3", null, null, "u1"));
	}

	private TestSubgraph startVideos() {
		String sdl = """
				type Query {
				  video(id: ID!): Video
				  videos(first: Int = 10): [Video!]!
				  search(text: String!): [SearchResult!]!
				  feed: [Content!]!
				}
				type Mutation { likeVideo(id: ID!): Video }
				interface Content { id: ID! title: String! }
				union SearchResult = Video | User
				type User @key(fields: "id") { id: ID! username: String! @external videos: [Video!]! uploadCount: Int! }
				type Video implements Content @key(fields: "id") {
				  id: ID! title: String! durationSeconds: Int creator: User! @provides(fields: "username")
				}
				type Playlist implements Content @key(fields: "id") { id: ID! title: String! size: Int! }
				""";
		Map<String, Object> playlist = new LinkedHashMap<>(
				Map.of("__typename", "Playlist", "id", "p1", "title", "Best of", "size", 2));
		Map<String, DataFetcher<?>> fetchers = new LinkedHashMap<>();
		fetchers.put("Query.video", (env) -> VIDEOS.get(env.<String>getArgument("id")));
		fetchers.put("Query.videos", (env) -> List.of(VIDEOS.get("v1"), VIDEOS.get("v2"))
			.subList(0, Math.min(2, env.<Integer>getArgument("first"))));
		fetchers.put("Query.search", (env) -> List.of(VIDEOS.get("v1"), Map.of("__typename", "User", "id", "u2")));
		fetchers.put("Query.feed", (env) -> List.of(VIDEOS.get("v1"), playlist));
		fetchers.put("Mutation.likeVideo", (env) -> VIDEOS.get(env.<String>getArgument("id")));
		fetchers.put("Video.creator", (env) -> {
			String id = (String) ((Map<?, ?>) env.getSource()).get("creatorId");
			return Map.of("__typename", "User", "id", id, "username", this.userData.get(id).get("username"));
		});
		fetchers.put("User.videos", (env) -> videosOf((Map<?, ?>) env.getSource()));
		fetchers.put("User.uploadCount", (env) -> videosOf((Map<?, ?>) env.getSource()).size());
		return TestSubgraph.start("videos", sdl, fetchers, (representation) -> {
			if ("User".equals(representation.get("__typename"))) {
				return Map.of("__typename", "User", "id", representation.get("id"));
			}
			return VIDEOS.get(representation.get("id"));
		});
	}

	private static List<Map<String, Object>> videosOf(Map<?, ?> user) {
		List<Map<String, Object>> result = new ArrayList<>();
		VIDEOS.values().stream().filter((v) -> v.get("creatorId").equals(user.get("id"))).forEach(result::add);
		return result;
	}

	private TestSubgraph startComments() {
		String sdl = """
				type Mutation { addComment(videoId: ID!, text: String!): Comment }
				type Video @key(fields: "id") {
				  id: ID!
				  durationSeconds: Int @external
				  comments(first: Int = 5): [Comment!]!
				  commentCount: Int!
				  watchTimeLabel: String @requires(fields: "durationSeconds")
				}
				type Comment @key(fields: "id") { id: ID! text: String! author: User! }
				type User @key(fields: "id", resolvable: false) { id: ID! }
				""";
		Map<String, List<Map<String, Object>>> byVideo = Map.of("v1",
				List.of(comment("c1", "first!", "u2"), comment("c2", "nice", "u1")), "v2",
				List.of(comment("c3", "long", "u1")));
		Map<String, DataFetcher<?>> fetchers = new LinkedHashMap<>();
		fetchers.put("Video.comments", (env) -> {
			List<Map<String, Object>> all = byVideo.getOrDefault(((Map<?, ?>) env.getSource()).get("id"), List.of());
			return all.subList(0, Math.min(all.size(), env.<Integer>getArgument("first")));
		});
		fetchers.put("Video.commentCount", (env) -> {
			Object id = ((Map<?, ?>) env.getSource()).get("id");
			if ("v2".equals(id)) {
				throw GraphqlErrorException.newErrorException()
					.message("comment counter unavailable")
					.extensions(Map.of("code", "UNAVAILABLE"))
					.build();
			}
			return byVideo.getOrDefault(id, List.of()).size();
		});
		fetchers.put("Video.watchTimeLabel", (env) -> {
			Object seconds = ((Map<?, ?>) env.getSource()).get("durationSeconds");
			return (seconds == null) ? null : (((Number) seconds).intValue() / 60) + " min";
		});
		fetchers.put("Mutation.addComment", (env) -> comment("c9", env.getArgument("text"), "u1"));
		fetchers.put("Comment.author",
				(env) -> Map.of("__typename", "User", "id", ((Map<?, ?>) env.getSource()).get("authorId")));
		return TestSubgraph.start("comments", sdl, fetchers, (representation) -> {
			Map<String, Object> video = new LinkedHashMap<>(representation);
			video.put("__typename", "Video");
			return video;
		});
	}

	private static Map<String, Object> comment(String id, String text, String author) {
		return Map.of("__typename", "Comment", "id", id, "text", text, "authorId", author);
	}

	public TestSubgraph users() {
		return this.users;
	}

	public TestSubgraph videos() {
		return this.videos;
	}

	public TestSubgraph comments() {
		return this.comments;
	}

	public int requestCount() {
		return this.users.requests().size() + this.videos.requests().size() + this.comments.requests().size();
	}

	@Override
	public void close() {
		this.users.close();
		this.videos.close();
		this.comments.close();
	}

}
