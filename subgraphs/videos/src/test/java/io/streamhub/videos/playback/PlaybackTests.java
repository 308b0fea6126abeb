package io.streamhub.videos.playback;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.videos.support.TestVideos;
import io.streamhub.videos.support.VideosIntegrationTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HLS playback from the private bucket, as a player does it: the master playlist through
 * the URL the API returns, then a variant playlist through the URL inside the master,
 * then a segment through the URL inside the variant.
 */
@VideosIntegrationTest
class PlaybackTests {

	private static final String VIDEO = """
			query($id: ID!) { video(id: $id) { streamUrl thumbnailUrl renditions { name playlistUrl } } }""";

	private static final String MASTER = """
			#EXTM3U
			#EXT-X-VERSION:3
			#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360
			v0/index.m3u8
			#EXT-X-STREAM-INF:BANDWIDTH=2800000,RESOLUTION=1280x720
			v1/index.m3u8
			""";

	private static final String VARIANT = """
			#EXTM3U
			#EXT-X-VERSION:3
			#EXT-X-TARGETDURATION:6
			#EXT-X-PLAYLIST-TYPE:VOD
			#EXTINF:6.000000,
			seg_000.ts
			#EXTINF:4.000000,
			seg_001.ts
			#EXT-X-ENDLIST
			""";

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Autowired
	WebTestClient web;

	@Autowired
	S3Client s3;

	@Autowired
	TestVideos videos;

	@Autowired
	PlaybackSigner signer;

	@LocalServerPort
	int port;

	@Test
	void masterVariantAndSegmentPlayThroughTheUrlsTheApiReturns() throws Exception {
		UUID id = this.videos.readyHls(UUID.randomUUID(), "PUBLIC");
		byte[] segment = store(id);
		GraphQlResponse video = GraphQlClient.of(this.web).execute(VIDEO, Map.of("id", id.toString())).assertNoErrors();
		String streamUrl = video.data("video.streamUrl");
		assertThat(streamUrl).startsWith("http://localhost:" + this.port + "/playback/" + id + "/hls/master.m3u8?");
		assertThat((String) video.data("video.thumbnailUrl")).contains("X-Amz-Signature=");

		HttpResponse<String> master = get(streamUrl);
		assertThat(master.statusCode()).isEqualTo(200);
		assertThat(master.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/vnd.apple.mpegurl"));
		assertThat(master.body()).contains("#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360");
		List<String> variants = uris(master.body());
		assertThat(variants).hasSize(2);
		assertThat(variants.get(0))
			.startsWith("http://localhost:" + this.port + "/playback/" + id + "/hls/v0/index.m3u8?");
		assertThat(variants.get(1)).contains("/hls/v1/index.m3u8?");

		HttpResponse<String> variant = get(variants.get(0));
		assertThat(variant.statusCode()).isEqualTo(200);
		assertThat(variant.body()).contains("#EXTINF:6.000000,").contains("#EXT-X-ENDLIST");
		List<String> segments = uris(variant.body());
		assertThat(segments).hasSize(2);
		assertThat(segments.get(0)).contains("videos/" + id + "/hls/v0/seg_000.ts").contains("X-Amz-Signature=");

		HttpResponse<byte[]> bytes = this.http.send(request(segments.get(0)), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(bytes.statusCode()).isEqualTo(200);
		assertThat(bytes.body()).isEqualTo(segment);
		String rendition = video.data("video.renditions[0].playlistUrl");
		assertThat(rendition).contains("/playback/" + id + "/hls/v0/index.m3u8?");
		assertThat(uris(get(rendition).body())).hasSize(2);
	}

	@Test
	void tamperedOrExpiredSignaturesAreForbidden() throws Exception {
		UUID id = this.videos.readyHls(UUID.randomUUID(), "PUBLIC");
		store(id);
		String streamUrl = GraphQlClient.of(this.web)
			.execute(VIDEO, Map.of("id", id.toString()))
			.assertNoErrors()
			.data("video.streamUrl");
		assertThat(get(streamUrl).statusCode()).isEqualTo(200);
		String sig = streamUrl.substring(streamUrl.indexOf("&sig=") + 5);
		String flipped = (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1);

		assertThat(get(streamUrl.replace("&sig=" + sig, "&sig=" + flipped)).statusCode()).isEqualTo(403);
		assertThat(get(streamUrl.replace("/hls/master.m3u8", "/hls/v0/index.m3u8")).statusCode()).isEqualTo(403);
		assertThat(get(streamUrl.replaceFirst("expires=(\\d+)", "expires=9$1")).statusCode()).isEqualTo(403);
		assertThat(get(streamUrl.substring(0, streamUrl.indexOf("&sig="))).statusCode()).isEqualTo(403);
		UUID other = this.videos.readyHls(UUID.randomUUID(), "PUBLIC");
		assertThat(get(streamUrl.replace(id.toString(), other.toString())).statusCode()).isEqualTo(403);

		Instant past = Instant.now().minusSeconds(60);
		String expired = "http://localhost:" + this.port + "/playback/" + id + "/hls/master.m3u8?expires="
				+ past.getEpochSecond() + "&sig=" + this.signer.sign(id, "hls/master.m3u8", past);
		assertThat(get(expired).statusCode()).isEqualTo(403);
		Instant future = Instant.now().plusSeconds(60);
		String missing = "http://localhost:" + this.port + "/playback/" + id + "/hls/v9/index.m3u8?expires="
				+ future.getEpochSecond() + "&sig=" + this.signer.sign(id, "hls/v9/index.m3u8", future);
		assertThat(get(missing).statusCode()).as("a validly signed URL of a missing file").isEqualTo(404);
	}

	@Test
	void privateVideosGetPlaybackUrlsOnlyForTheirOwnerAndAdmins() {
		UUID owner = UUID.randomUUID();
		String id = this.videos.readyHls(owner, "PRIVATE").toString();
		GraphQlClient ownerClient = GraphQlClient.of(this.web).withToken(TestVideos.token(owner, Role.CREATOR));
		GraphQlClient admin = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.ADMIN));
		GraphQlClient stranger = GraphQlClient.of(this.web).withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER));

		for (GraphQlClient client : List.of(ownerClient, admin)) {
			assertThat((String) client.execute(VIDEO, Map.of("id", id)).assertNoErrors().data("video.streamUrl"))
				.contains("/playback/" + id + "/hls/master.m3u8?");
		}
		assertThat(stranger.execute(VIDEO, Map.of("id", id)).assertNoErrors().<Object>data("video")).isNull();
	}

	private byte[] store(UUID id) {
		String prefix = "videos/" + id + "/hls/";
		byte[] segment = new byte[4096];
		new Random(42).nextBytes(segment);
		put(prefix + "master.m3u8", MASTER.getBytes(StandardCharsets.UTF_8));
		put(prefix + "v0/index.m3u8", VARIANT.getBytes(StandardCharsets.UTF_8));
		put(prefix + "v1/index.m3u8", VARIANT.getBytes(StandardCharsets.UTF_8));
		put(prefix + "v0/seg_000.ts", segment);
		return segment;
	}

	private void put(String key, byte[] content) {
		this.s3.putObject((request) -> request.bucket("streamhub-media").key(key), RequestBody.fromBytes(content));
	}

	private static List<String> uris(String playlist) {
		return Arrays.stream(playlist.split("\n"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
	}

	private HttpResponse<String> get(String url) throws Exception {
		return this.http.send(request(url), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest request(String url) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
	}

}
