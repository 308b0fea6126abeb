package io.streamhub.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.streamhub.local.seed.DemoAccounts;
import io.streamhub.local.service.LocalServices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscriptions through the realtime gateway of the local stack, fed by the real
 * services' events and resolved through the router engine with the subscriber's token.
 */
@ExtendWith(LocalStackExtension.class)
class RealtimeEndToEndTests {

	private static final Duration WAIT = Duration.ofSeconds(90);

	private static LocalStack stack;

	private static LocalApi api;

	private static String admin;

	private static String creator;

	private static String viewer;

	@BeforeAll
	static void start(LocalStack localStack) {
		stack = localStack;
		api = new LocalApi(localStack);
		admin = api.token(DemoAccounts.ACCOUNTS.get(0));
		creator = api.token(DemoAccounts.ACCOUNTS.get(1));
		viewer = api.token(DemoAccounts.ACCOUNTS.get(2));
	}

	@Test
	void commentAddedThroughTheRouterReachesASubscriberWithItsAuthorResolved() {
		String videoId = readyVideo("PUBLIC", "Live comments");
		try (TransportWsClient client = TransportWsClient.connect(stack.ports().realtimeUrl(), viewer)) {
			String id = client.subscribe(
					"subscription($v: ID!) { commentAdded(videoId: $v) { body author { username } } }",
					Map.of("v", videoId));
			awaitCommentAccepted(videoId, "Hello live");

			JsonNode next = client.next(id, WAIT);

			assertThat(next).as("a commentAdded event").isNotNull();
			assertThat(next.get("type").asString()).as(next.toString()).isEqualTo("next");
			assertThat(next.at("/payload/data/commentAdded/body").asString()).isEqualTo("Hello live");
			assertThat(next.at("/payload/data/commentAdded/author/username").asString()).isEqualTo("viewer");
		}
	}

	@Test
	void followedCreatorIsNotifiedLive() {
		String creatorId = api.data("{ me { id } }", Map.of(), creator).at("/me/id").asString();
		try (TransportWsClient client = TransportWsClient.connect(stack.ports().realtimeUrl(), creator)) {
			String id = client.subscribe("subscription { notificationAdded { kind actor { username } } }", Map.of());
			api.data("mutation($u: ID!) { unfollow(userId: $u) { id } }", Map.of("u", creatorId), viewer);
			api.data("mutation($u: ID!) { follow(userId: $u) { id } }", Map.of("u", creatorId), viewer);

			JsonNode next = client.next(id, WAIT);

			assertThat(next).as("a notificationAdded event").isNotNull();
			assertThat(next.at("/payload/data/notificationAdded/kind").asString()).as(next.toString())
				.isEqualTo("user.followed");
			assertThat(next.at("/payload/data/notificationAdded/actor/username").asString()).isEqualTo("viewer");
		}
	}

	@Test
	void creatorSeesProcessingThenReadyWhileAnotherUserSeesNothingOfAPrivateVideo() {
		try (TransportWsClient owner = TransportWsClient.connect(stack.ports().realtimeUrl(), creator);
				TransportWsClient other = TransportWsClient.connect(stack.ports().realtimeUrl(), viewer)) {
			MediaPipelineTests.Upload secret = MediaPipelineTests.createUpload("Private live", "PRIVATE", creator);
			String status = "subscription($v: ID!) { videoStatusChanged(videoId: $v) { status processingProgress } }";
			String ownerId = owner.subscribe(status, Map.of("v", secret.videoId()));
			String otherId = other.subscribe(status, Map.of("v", secret.videoId()));
			MediaPipelineTests.completeUpload(secret, MediaPipelineTests.clip(), creator);

			String last = null;
			boolean sawProcessing = false;
			while (!"READY".equals(last)) {
				JsonNode next = owner.next(ownerId, WAIT);
				assertThat(next).as("the owner's status events (last: %s)", last).isNotNull();
				last = next.at("/payload/data/videoStatusChanged/status").asString();
				sawProcessing |= "PROCESSING".equals(last);
			}
			// a public video's status, on the same stream after the private one's READY,
			// reaching the other user proves the private events were dealt with for them
			String open = readyVideoWatchedBy(other, "Public live");

			assertThat(sawProcessing).isTrue();
			assertThat(open).isEqualTo("READY");
			assertThat(other.hasMessage(otherId)).as("events of a private video reach only its owner").isFalse();
		}
	}

	@Test
	void availabilityPushedThroughTheSignedWebhookReachesASubscriber() throws Exception {
		String videoId = readyVideo("PUBLIC", "Where to watch");
		try (TransportWsClient client = TransportWsClient.connect(stack.ports().realtimeUrl(), null)) {
			String id = client.subscribe("""
					subscription($v: ID!) { availabilityChanged(videoId: $v, region: "US") {
					  change region platform { name } video { title } } }""", Map.of("v", videoId));
			String body = "{\"titles\": [{\"videoId\": \"" + videoId
					+ "\", \"offers\": [{\"region\": \"US\", \"type\": \"RENT\", \"url\": \"https://flixnet.example/w/1\","
					+ " \"price\": {\"amount\": 3.99, \"currency\": \"USD\"}}]}]}";
			assertThat(webhook(body).statusCode()).isEqualTo(200);

			JsonNode next = client.next(id, WAIT);

			assertThat(next).as("an availabilityChanged event").isNotNull();
			assertThat(next.at("/payload/data/availabilityChanged/change").asString()).as(next.toString())
				.isEqualTo("ADDED");
			assertThat(next.at("/payload/data/availabilityChanged/platform/name").asString()).isEqualTo("Flixnet");
			assertThat(next.at("/payload/data/availabilityChanged/video/title").asString()).isEqualTo("Where to watch");
		}
		JsonNode offers = api.data("query($v: ID!) { video(id: $v) { availability(region: \"US\") { offerType } } }",
				Map.of("v", videoId), admin);
		assertThat(offers.at("/video/availability/0/offerType").asString()).isEqualTo("RENT");
	}

	private static String readyVideo(String visibility, String title) {
		MediaPipelineTests.Upload upload = MediaPipelineTests.createUpload(title, visibility, creator);
		MediaPipelineTests.completeUpload(upload, MediaPipelineTests.clip(), creator);
		MediaPipelineTests.awaitReady(upload.videoId());
		return upload.videoId();
	}

	private static String readyVideoWatchedBy(TransportWsClient client, String title) {
		MediaPipelineTests.Upload upload = MediaPipelineTests.createUpload(title, "PUBLIC", creator);
		String id = client.subscribe("subscription($v: ID!) { videoStatusChanged(videoId: $v) { status } }",
				Map.of("v", upload.videoId()));
		MediaPipelineTests.completeUpload(upload, MediaPipelineTests.clip(), creator);
		String last = null;
		while (!"READY".equals(last)) {
			JsonNode next = client.next(id, WAIT);
			assertThat(next).as("status events of a public video (last: %s)", last).isNotNull();
			last = next.at("/payload/data/videoStatusChanged/status").asString();
		}
		return last;
	}

	/** comments learns visibility from events:videos: retried until it accepts. */
	private static void awaitCommentAccepted(String videoId, String body) {
		org.awaitility.Awaitility.await()
			.atMost(WAIT)
			.until(() -> !api
				.router("mutation($id: ID!, $b: String!) { addComment(videoId: $id, body: $b) { id } }",
						Map.of("id", videoId, "b", body), viewer)
				.has("errors"));
	}

	private static java.net.http.HttpResponse<byte[]> webhook(String body) throws Exception {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(LocalServices.DEMO_WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String signature = HexFormat.of()
			.formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
		return LocalApi.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + stack.ports().availability()
					+ "/webhooks/availability/" + LocalServices.DEMO_PLATFORM))
			.header("Content-Type", "application/json")
			.header("X-StreamHub-Timestamp", timestamp)
			.header("X-StreamHub-Delivery", UUID.randomUUID().toString())
			.header("X-StreamHub-Signature", "sha256=" + signature)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
	}

}
