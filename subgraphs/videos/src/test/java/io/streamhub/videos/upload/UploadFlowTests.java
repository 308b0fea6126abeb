package io.streamhub.videos.upload;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import io.streamhub.videos.support.Streams;
import io.streamhub.videos.support.TestVideos;
import io.streamhub.videos.support.VideosIntegrationTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole upload path against the real S3-compatible store, PostgreSQL and Redis: a
 * presigned PUT with a plain HTTP client, completion, the transcode job, the worker's
 * events and playable presigned URLs.
 */
@VideosIntegrationTest
class UploadFlowTests {

	private static final String CREATE = """
			mutation($input: CreateVideoUploadInput!) {
			  createVideoUpload(input: $input) {
			    video { id status visibility title tags creator { id } }
			    uploadUrl uploadHeaders { name value } expiresAt
			  }
			}""";

	private static final String COMPLETE = """
			mutation($id: ID!) { completeVideoUpload(videoId: $id) { id status processingProgress } }""";

	private static final String VIDEO = """
			query($id: ID!) {
			  video(id: $id) {
			    id status processingProgress failureReason durationSeconds width height publishedAt
			    streamUrl thumbnailUrl renditions { name width height bandwidth playlistUrl }
			  }
			}""";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Autowired
	WebTestClient web;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@Autowired
	S3Client s3;

	@Test
	void uploadedFileBecomesProcessingAndQueuesOneTranscodeJob() throws Exception {
		UUID creator = UUID.randomUUID();
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(creator, Role.CREATOR));
		byte[] file = "not really an mp4, but bytes".getBytes(StandardCharsets.UTF_8);
		Map<String, Object> upload = create(client, file.length);
		String videoId = (String) ((Map<?, ?>) upload.get("video")).get("id");

		assertThat(put(upload, file)).as("status of the presigned PUT").isEqualTo(200);
		GraphQlResponse completed = client.execute(COMPLETE, Map.of("id", videoId)).assertNoErrors();

		assertThat((String) completed.data("completeVideoUpload.status")).isEqualTo("PROCESSING");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jobsFor(videoId)).hasSize(1));
		EventEnvelope job = jobsFor(videoId).get(0);
		assertThat(job.data()).containsEntry("videoId", videoId)
			.containsEntry("sourceKey", "uploads/" + videoId + "/source")
			.containsEntry("attempt", 1);
		// Completing again changes nothing and queues nothing.
		client.execute(COMPLETE, Map.of("id", videoId)).assertNoErrors();
		assertThat((String) client.execute(VIDEO, Map.of("id", videoId)).data("video.status")).isEqualTo("PROCESSING");
		assertThat(jobsFor(videoId)).hasSize(1);
	}

	@Test
	void completedMediaEventMakesTheVideoReadyWithWorkingPresignedUrls() throws Exception {
		UUID creator = UUID.randomUUID();
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(creator, Role.CREATOR));
		String videoId = uploadAndComplete(client, "PUBLIC");
		String prefix = "videos/" + videoId + "/";
		putObject(prefix + "master.m3u8", "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000\n360p/index.m3u8\n");
		putObject(prefix + "360p/index.m3u8", "#EXTM3U\n#EXT-X-TARGETDURATION:4\n");
		putObject(prefix + "thumbnail.jpg", "jpeg");

		publishMedia(videoId, "media.progress", Map.of("percent", 40));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					(Integer) client.execute(VIDEO, Map.of("id", videoId)).data("video.processingProgress"))
				.isEqualTo(40));
		publishMedia(videoId, "media.completed", completedData(prefix));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat((String) client.execute(VIDEO, Map.of("id", videoId)).data("video.status"))
				.isEqualTo("READY"));

		GraphQlResponse anonymous = GraphQlClient.of(this.web).execute(VIDEO, Map.of("id", videoId)).assertNoErrors();
		assertThat((Integer) anonymous.data("video.processingProgress")).isEqualTo(100);
		assertThat((Double) anonymous.data("video.durationSeconds")).isEqualTo(20.5);
		assertThat((Integer) anonymous.data("video.height")).isEqualTo(360);
		assertThat((String) anonymous.data("video.publishedAt")).isNotNull();
		assertThat((String) anonymous.data("video.renditions[0].name")).isEqualTo("360p");
		assertThat((Integer) anonymous.data("video.renditions[0].bandwidth")).isEqualTo(800000);
		assertThat(get(anonymous.data("video.streamUrl"))).contains("#EXT-X-STREAM-INF");
		assertThat(get(anonymous.data("video.renditions[0].playlistUrl"))).contains("#EXT-X-TARGETDURATION");
		assertThat(get(anonymous.data("video.thumbnailUrl"))).isEqualTo("jpeg");
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(eventTypesFor(videoId)).contains("video.ready", "notification.requested"));
		assertThat(eventTypesFor(videoId)).containsSubsequence("video.created", "video.processing", "video.progress",
				"video.ready");
		assertThat(eventTypesFor(videoId)).contains("video.updated", "notification.requested");
		Map<String, Object> statusFields = Map.of("videoId", videoId, "creatorId", creator.toString(), "visibility",
				"PUBLIC");
		assertThat(videoEvent(videoId, "video.processing").data()).containsAllEntriesOf(statusFields)
			.containsEntry("status", "PROCESSING");
		assertThat(videoEvent(videoId, "video.progress").data()).containsAllEntriesOf(statusFields)
			.containsEntry("status", "PROCESSING")
			.containsEntry("percent", 40);
		assertThat(videoEvent(videoId, "video.ready").data()).containsAllEntriesOf(statusFields)
			.containsEntry("status", "READY");
		EventEnvelope notification = videoEvents(videoId).stream()
			.filter((event) -> event.type().equals("notification.requested"))
			.findFirst()
			.orElseThrow();
		assertThat(notification.data()).containsEntry("kind", "video.ready")
			.containsEntry("recipients", List.of(creator.toString()))
			.containsEntry("audience", "followers-of")
			.containsEntry("creatorId", creator.toString());
	}

	@Test
	void redeliveredCompletedEventChangesNothingTwice() throws Exception {
		UUID creator = UUID.randomUUID();
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(creator, Role.CREATOR));
		String videoId = uploadAndComplete(client, "PUBLIC");
		EventEnvelope completed = EventEnvelope.of("media.completed",
				new EventEnvelope.Subject("Video", UUID.fromString(videoId)), null,
				completedData("videos/" + videoId + "/"));
		Streams.publish(this.redis, "events:media", completed);
		Streams.publish(this.redis, "events:media", completed);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat((String) client.execute(VIDEO, Map.of("id", videoId)).data("video.status"))
				.isEqualTo("READY"));
		// A later failure report for a READY video is ignored.
		publishMedia(videoId, "media.failed", Map.of("reason", "late", "retryable", false));
		publishMedia(videoId, "media.progress", Map.of("percent", 100));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(eventTypesFor(videoId).stream().filter("video.ready"::equals)).hasSize(1));
		assertThat((String) client.execute(VIDEO, Map.of("id", videoId)).data("video.status")).isEqualTo("READY");
		assertThat(eventTypesFor(videoId)).doesNotContain("video.failed", "video.progress");
	}

	@Test
	void failedMediaEventMakesTheVideoFailedWithItsReasonAndTellsTheCreator() throws Exception {
		UUID creator = UUID.randomUUID();
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(creator, Role.CREATOR));
		String videoId = uploadAndComplete(client, "PRIVATE");

		publishMedia(videoId, "media.failed", Map.of("reason", "Unsupported codec", "retryable", false));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat((String) client.execute(VIDEO, Map.of("id", videoId)).data("video.status"))
				.isEqualTo("FAILED"));
		GraphQlResponse video = client.execute(VIDEO, Map.of("id", videoId));
		assertThat((String) video.data("video.failureReason")).isEqualTo("Unsupported codec");
		assertThat((String) video.data("video.streamUrl")).isNull();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(eventTypesFor(videoId)).contains("video.failed", "notification.requested"));
		assertThat(videoEvent(videoId, "video.failed").data()).containsEntry("status", "FAILED")
			.containsEntry("visibility", "PRIVATE")
			.containsEntry("creatorId", creator.toString());
	}

	@Test
	void missingOrWrongSizeUploadIsRefusedAndTheVideoStaysUploading() throws Exception {
		UUID creator = UUID.randomUUID();
		GraphQlClient client = GraphQlClient.of(this.web).withToken(TestVideos.token(creator, Role.CREATOR));
		byte[] file = "0123456789".getBytes(StandardCharsets.UTF_8);
		Map<String, Object> upload = create(client, file.length + 5);
		String videoId = (String) ((Map<?, ?>) upload.get("video")).get("id");

		GraphQlResponse missing = client.execute(COMPLETE, Map.of("id", videoId));
		assertThat(missing.errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(missing.errorField()).isEqualTo("videoId");

		putObject("uploads/" + videoId + "/source", "0123456789");
		GraphQlResponse wrongSize = client.execute(COMPLETE, Map.of("id", videoId));
		assertThat(wrongSize.errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(wrongSize.errorField()).isEqualTo("videoId");
		assertThat((String) client.execute(VIDEO, Map.of("id", videoId)).data("video.status")).isEqualTo("UPLOADING");
		assertThat(jobsFor(videoId)).isEmpty();
	}

	@Test
	void onlyTheOwnerCompletesAnUpload() throws Exception {
		UUID creator = UUID.randomUUID();
		GraphQlClient owner = GraphQlClient.of(this.web).withToken(TestVideos.token(creator, Role.CREATOR));
		Map<String, Object> upload = create(owner, 10);
		String videoId = (String) ((Map<?, ?>) upload.get("video")).get("id");

		GraphQlResponse other = GraphQlClient.of(this.web)
			.withToken(TestVideos.token(UUID.randomUUID(), Role.CREATOR))
			.execute(COMPLETE, Map.of("id", videoId));
		GraphQlResponse anonymous = GraphQlClient.of(this.web).execute(COMPLETE, Map.of("id", videoId));

		// The video is PRIVATE and not READY: to others it does not exist.
		assertThat(other.errorCode()).isEqualTo("NOT_FOUND");
		assertThat(anonymous.errorCode()).isEqualTo("UNAUTHENTICATED");
	}

	private String uploadAndComplete(GraphQlClient client, String visibility) throws Exception {
		byte[] file = "a small source file".getBytes(StandardCharsets.UTF_8);
		Map<String, Object> upload = create(client, file.length, visibility);
		String videoId = (String) ((Map<?, ?>) upload.get("video")).get("id");
		assertThat(put(upload, file)).isEqualTo(200);
		client.execute(COMPLETE, Map.of("id", videoId)).assertNoErrors();
		return videoId;
	}

	private Map<String, Object> create(GraphQlClient client, long size) {
		return create(client, size, "PRIVATE");
	}

	private Map<String, Object> create(GraphQlClient client, long size, String visibility) {
		Map<String, Object> input = Map.of("title", "My first upload", "description", "Plain text, a < b", "tags",
				List.of("Cats", "cats", "Funny"), "visibility", visibility, "contentType", "video/mp4", "sizeBytes",
				size);
		GraphQlResponse response = client.execute(CREATE, Map.of("input", input)).assertNoErrors();
		assertThat((String) response.data("createVideoUpload.video.status")).isEqualTo("UPLOADING");
		assertThat((List<String>) response.data("createVideoUpload.video.tags")).containsExactly("cats", "funny");
		return response.data("createVideoUpload");
	}

	@SuppressWarnings("unchecked")
	private int put(Map<String, Object> upload, byte[] body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create((String) upload.get("uploadUrl")))
			.timeout(Duration.ofSeconds(20))
			.PUT(HttpRequest.BodyPublishers.ofByteArray(body));
		for (Map<String, String> header : (List<Map<String, String>>) upload.get("uploadHeaders")) {
			request.header(header.get("name"), header.get("value"));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private String get(String url) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET " + url).isEqualTo(200);
		return response.body();
	}

	private void putObject(String key, String content) {
		this.s3.putObject((request) -> request.bucket("streamhub-media").key(key), RequestBody.fromString(content));
	}

	private void publishMedia(String videoId, String type, Map<String, Object> data) {
		Streams.publish(this.redis, "events:media",
				EventEnvelope.of(type, new EventEnvelope.Subject("Video", UUID.fromString(videoId)), null, data));
	}

	private static Map<String, Object> completedData(String prefix) {
		return Map.of("renditions",
				List.of(Map.of("name", "360p", "width", 640, "height", 360, "bandwidth", 800000, "playlistKey",
						prefix + "360p/index.m3u8")),
				"durationSeconds", 20.5, "width", 640, "height", 360, "masterKey", prefix + "master.m3u8",
				"thumbnailKey", prefix + "thumbnail.jpg");
	}

	private List<EventEnvelope> jobsFor(String videoId) {
		return Streams.read(this.redis, "jobs:transcode")
			.stream()
			.filter((event) -> videoId.equals(event.data().get("videoId")))
			.toList();
	}

	private List<EventEnvelope> videoEvents(String videoId) {
		return Streams.read(this.redis, "events:videos")
			.stream()
			.filter((event) -> event.subject().id().toString().equals(videoId))
			.toList();
	}

	private EventEnvelope videoEvent(String videoId, String type) {
		return videoEvents(videoId).stream().filter((event) -> event.type().equals(type)).findFirst().orElseThrow();
	}

	private List<String> eventTypesFor(String videoId) {
		return videoEvents(videoId).stream().map(EventEnvelope::type).toList();
	}

}
