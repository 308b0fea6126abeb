package io.streamhub.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.streamhub.local.seed.DemoAccounts;
import io.streamhub.media.ffmpeg.FfmpegBinary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real upload through the whole stack: the creator uploads a clip to the presigned URL,
 * completes the upload through the router, the media worker transcodes it, the videos
 * subgraph turns it READY, and the playback URLs the API returns serve the HLS playlists,
 * a segment and the thumbnail. Then queries span users → videos → comments → users and,
 * once discovery has indexed the video, search → videos → users → comments.
 */
@ExtendWith(LocalStackExtension.class)
class MediaPipelineTests {

	private static LocalApi api;

	private static String creator;

	private static String viewer;

	private static byte[] clip;

	@BeforeAll
	static void start(LocalStack stack) {
		api = new LocalApi(stack);
		creator = api.token(DemoAccounts.ACCOUNTS.get(1));
		viewer = api.token(DemoAccounts.ACCOUNTS.get(2));
	}

	@Test
	void uploadedClipBecomesPlayableHlsThroughTheApiUrls() {
		String videoId = upload("A real clip", clip());

		JsonNode video = awaitReady(videoId);

		assertThat(video.get("renditions")).isNotEmpty();
		assertThat(video.at("/renditions/0/height").asInt()).isEqualTo(360);
		assertThat(video.get("durationSeconds").asDouble()).isBetween(1.5, 2.5);
		HttpResponse<byte[]> master = LocalApi.get(video.get("streamUrl").asString());
		assertThat(master.statusCode()).isEqualTo(200);
		String masterPlaylist = new String(master.body(), StandardCharsets.UTF_8);
		assertThat(masterPlaylist).startsWith("#EXTM3U").contains("#EXT-X-STREAM-INF");
		String variantUrl = resolve(master.uri(), firstUri(masterPlaylist));
		HttpResponse<byte[]> variant = LocalApi.get(variantUrl);
		assertThat(variant.statusCode()).isEqualTo(200);
		String variantPlaylist = new String(variant.body(), StandardCharsets.UTF_8);
		assertThat(variantPlaylist).contains("#EXTINF");
		HttpResponse<byte[]> segment = LocalApi.get(resolve(variant.uri(), firstUri(variantPlaylist)));
		assertThat(segment.statusCode()).isEqualTo(200);
		assertThat(segment.body()[0]).as("MPEG-TS sync byte").isEqualTo((byte) 0x47);
		HttpResponse<byte[]> thumbnail = LocalApi.get(video.get("thumbnailUrl").asString());
		assertThat(thumbnail.statusCode()).isEqualTo(200);
		assertThat(thumbnail.body()).startsWith((byte) 0xFF, (byte) 0xD8);
	}

	@Test
	void oneQuerySpansUsersVideosAndCommentsThroughTheRouter() {
		String videoId = upload("Spanning the graph", clip());
		awaitReady(videoId);
		// comments learns visibility from events:videos: wait until it accepts the
		// comment
		await().atMost(Duration.ofSeconds(60))
			.until(() -> !api
				.router("mutation($id: ID!) { addComment(videoId: $id, body: \"First!\") { id } }",
						Map.of("id", videoId), viewer)
				.has("errors"));

		JsonNode graph = api.data("""
				query($id: ID!) { video(id: $id) { title creator { username } commentCount
				  comments(first: 5) { edges { node { body author { username } } } } } }""", Map.of("id", videoId),
				null);

		JsonNode video = graph.get("video");
		assertThat(video.get("title").asString()).isEqualTo("Spanning the graph");
		assertThat(video.at("/creator/username").asString()).isEqualTo("creator");
		assertThat(video.get("commentCount").asInt()).isEqualTo(1);
		assertThat(video.at("/comments/edges/0/node/body").asString()).isEqualTo("First!");
		assertThat(video.at("/comments/edges/0/node/author/username").asString()).isEqualTo("viewer");
		// discovery indexes the READY video from events:videos: search → videos → users →
		// comments (a typo in the query on purpose)
		String search = "{ search(query: \"spanning graf\") { totalCount edges { node { id creator { username } commentCount } } } }";
		await().atMost(Duration.ofSeconds(60))
			.until(() -> api.data(search, Map.of(), null).at("/search/totalCount").asInt() > 0);
		JsonNode found = api.data(search, Map.of(), null);
		assertThat(found.at("/search/edges/0/node/id").asString()).isEqualTo(videoId);
		assertThat(found.at("/search/edges/0/node/creator/username").asString()).isEqualTo("creator");
		assertThat(found.at("/search/edges/0/node/commentCount").asInt()).isEqualTo(1);
	}

	static String upload(String title, byte[] source) {
		Upload upload = createUpload(title, "PUBLIC", creator);
		completeUpload(upload, source, creator);
		return upload.videoId();
	}

	/**
	 * {@code createVideoUpload} through the router: the video and where to put the file.
	 */
	static Upload createUpload(String title, String visibility, String token) {
		JsonNode upload = api.data("""
				mutation($title: String!, $visibility: VideoVisibility!, $size: Float!) { createVideoUpload(input: {
				  title: $title, visibility: $visibility, contentType: "video/mp4", sizeBytes: $size}) {
				  video { id } uploadUrl uploadHeaders { name value } } }""",
				Map.of("title", title, "visibility", visibility, "size", clip().length), token);
		return new Upload(upload.at("/createVideoUpload/video/id").asString(), upload.get("createVideoUpload"));
	}

	/** PUT of the file to the presigned URL, then {@code completeVideoUpload}. */
	static void completeUpload(Upload upload, byte[] source, String token) {
		LocalApi.putToPresignedUrl(upload.response(), source);
		api.data("mutation($id: ID!) { completeVideoUpload(videoId: $id) { status } }", Map.of("id", upload.videoId()),
				token);
	}

	static JsonNode awaitReady(String videoId) {
		String query = """
				query($id: ID!) { video(id: $id) { status failureReason durationSeconds streamUrl thumbnailUrl
				  renditions { name width height bandwidth playlistUrl } } }""";
		await().atMost(Duration.ofSeconds(120)).until(() -> {
			String status = api.data(query, Map.of("id", videoId), creator).at("/video/status").asString();
			assertThat(status).as("the transcode failed").isNotEqualTo("FAILED");
			return "READY".equals(status);
		});
		return api.data(query, Map.of("id", videoId), creator).get("video");
	}

	private static String firstUri(String playlist) {
		return playlist.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no URI in playlist:\n" + playlist));
	}

	private static String resolve(URI base, String uri) {
		return base.resolve(uri).toString();
	}

	/** A 2 s 640×360 clip with a tone, made with the worker's own ffmpeg (once). */
	static synchronized byte[] clip() {
		if (clip != null) {
			return clip;
		}
		try {
			Path file = Files.createTempFile("streamhub-clip", ".mp4");
			List<String> command = List.of(FfmpegBinary.locate(null).getExecutablePath(), "-hide_banner", "-nostdin",
					"-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25", "-f", "lavfi",
					"-i", "sine=frequency=440:sample_rate=48000", "-t", "2", "-c:v", "libx264", "-preset", "ultrafast",
					"-pix_fmt", "yuv420p", "-c:a", "aac", file.toString());
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0).as(output).isTrue();
			clip = Files.readAllBytes(file);
			Files.delete(file);
			return clip;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A created upload.
	 *
	 * @param videoId the new video
	 * @param response the createVideoUpload payload (uploadUrl, uploadHeaders)
	 */
	record Upload(String videoId, JsonNode response) {

	}

}
