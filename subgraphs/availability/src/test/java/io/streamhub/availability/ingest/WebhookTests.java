package io.streamhub.availability.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.streamhub.availability.support.AvailabilityIntegrationTest;
import io.streamhub.availability.support.AvailabilityQueries;
import io.streamhub.availability.support.FakePlatforms;
import io.streamhub.availability.support.Offers;
import io.streamhub.availability.support.TestVideos;
import io.streamhub.platform.test.GraphQlClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed webhook: a valid delivery is applied once; a bad signature, a stale
 * timestamp, a replayed delivery (same id, or same signature under a new id) answer 401
 * and change nothing.
 */
@AvailabilityIntegrationTest
class WebhookTests {

	private static final String PATH = "/webhooks/availability/flixnet";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	DatabaseClient db;

	@Autowired
	WebhookDeliveries deliveries;

	@Test
	void aSignedDeliveryIsAppliedAndItsReplaysAreRefused() {
		UUID video = this.videos.publicVideo();
		byte[] body = bytes(Offers.document(video, Offers.priced("US", "RENT", "2.99", "USD")));
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		String signature = WebhookSignature.sign(FakePlatforms.WEBHOOK_SECRET, timestamp, body);

		post(PATH, timestamp, signature, "delivery-1", body).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes")
			.isEqualTo(1);
		assertThat((List<Object>) AvailabilityQueries.availability(GraphQlClient.of(this.web), video, "US")
			.data("_entities[0].availability[*].price.amount")).containsExactly(2.99);
		long events = outboxRows(video);

		post(PATH, timestamp, signature, "delivery-1", body).expectStatus().isUnauthorized();
		post(PATH, timestamp, signature, "delivery-2", body).expectStatus().isUnauthorized();
		assertThat(outboxRows(video)).as("nothing written by the replays").isEqualTo(events);
	}

	@Test
	void aBadSignatureOrAStaleTimestampIsRefusedAndChangesNothing() {
		UUID video = this.videos.publicVideo();
		byte[] body = bytes(Offers.document(video, Offers.free("US", "FREE")));
		String now = String.valueOf(Instant.now().getEpochSecond());
		String stale = String.valueOf(Instant.now().minusSeconds(600).getEpochSecond());

		post(PATH, now, WebhookSignature.sign("wrong-secret", now, body), UUID.randomUUID().toString(), body)
			.expectStatus()
			.isUnauthorized();
		post(PATH, now, "sha256=" + "0".repeat(64), UUID.randomUUID().toString(), body).expectStatus().isUnauthorized();
		post(PATH, stale, WebhookSignature.sign(FakePlatforms.WEBHOOK_SECRET, stale, body),
				UUID.randomUUID().toString(), body)
			.expectStatus()
			.isUnauthorized();
		post(PATH, now, WebhookSignature.sign(FakePlatforms.WEBHOOK_SECRET, now, body), null, body).expectStatus()
			.isUnauthorized();

		assertThat((List<Object>) AvailabilityQueries.availability(GraphQlClient.of(this.web), video, "US")
			.data("_entities[0].availability")).isEmpty();
		assertThat(outboxRows(video)).isZero();
	}

	@Test
	void aSignedBodyOutsideTheFeedFormatIsABadRequestAndAnUnknownPlatformIsNotFound() {
		byte[] body = bytes("{\"titles\":[{\"videoId\":\"x\"}]}");
		String now = String.valueOf(Instant.now().getEpochSecond());
		String signature = WebhookSignature.sign(FakePlatforms.WEBHOOK_SECRET, now, body);

		post(PATH, now, signature, UUID.randomUUID().toString(), body).expectStatus().isBadRequest();
		post("/webhooks/availability/brokenbox", now, signature, UUID.randomUUID().toString(), body).expectStatus()
			.isNotFound();
	}

	@Test
	void deliveriesTooOldToBeReplayedAreForgotten() {
		UUID platform = this.db.sql("SELECT id FROM platform WHERE slug = 'flixnet'")
			.map((row, meta) -> row.get("id", UUID.class))
			.one()
			.switchIfEmpty(this.db
				.sql("INSERT INTO platform (id, slug, name) VALUES (gen_random_uuid(), 'flixnet', "
						+ "'Flixnet') RETURNING id")
				.map((row, meta) -> row.get("id", UUID.class))
				.one())
			.block();
		String old = "id:old-" + UUID.randomUUID();
		String recent = "id:recent-" + UUID.randomUUID();
		insertDelivery(platform, old, Instant.now().minusSeconds(3600));
		insertDelivery(platform, recent, Instant.now().minusSeconds(60));

		this.deliveries.purge().block();

		assertThat(deliveryExists(old)).isFalse();
		assertThat(deliveryExists(recent)).isTrue();
	}

	private void insertDelivery(UUID platform, String id, Instant at) {
		this.db.sql("INSERT INTO webhook_delivery (platform_id, delivery_id, received_at) VALUES (:p, :id, :at)")
			.bind("p", platform)
			.bind("id", id)
			.bind("at", at)
			.then()
			.block();
	}

	private boolean deliveryExists(String id) {
		return this.db.sql("SELECT count(*) AS n FROM webhook_delivery WHERE delivery_id = :id")
			.bind("id", id)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block() > 0;
	}

	private WebTestClient.ResponseSpec post(String path, String timestamp, String signature, String delivery,
			byte[] body) {
		return this.web.post().uri(path).contentType(MediaType.APPLICATION_JSON).headers((headers) -> {
			headers.set(WebhookSignature.TIMESTAMP_HEADER, timestamp);
			headers.set(WebhookSignature.SIGNATURE_HEADER, signature);
			if (delivery != null) {
				headers.set(WebhookSignature.DELIVERY_HEADER, delivery);
			}
		}).bodyValue(body).exchange();
	}

	private long outboxRows(UUID video) {
		return this.db.sql("SELECT count(*) AS n FROM outbox WHERE payload LIKE :video")
			.bind("video", "%" + video + "%")
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
