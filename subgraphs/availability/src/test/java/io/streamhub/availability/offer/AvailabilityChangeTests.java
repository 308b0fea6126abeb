package io.streamhub.availability.offer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.availability.config.AvailabilityProperties;
import io.streamhub.availability.support.AvailabilityIntegrationTest;
import io.streamhub.availability.support.AvailabilityQueries;
import io.streamhub.availability.support.Streams;
import io.streamhub.availability.support.TestVideos;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Admins manage platforms and set availability by hand; every change is detected (ADDED,
 * PRICE_CHANGED, REMOVED), reaches {@code events:availability} with the payload the
 * realtime gateway reads, notifies the video's watchlisters, and is visible at once
 * through the write-through cache.
 */
@AvailabilityIntegrationTest
class AvailabilityChangeTests {

	private static final String CREATE = """
			mutation($slug: String!) { createPlatform(input: {name: "Streamly", slug: $slug,
			  homepageUrl: "https://streamly.example"}) { id slug name homepageUrl logoUrl } }""";

	private static final String SET = """
			mutation($v: ID!, $p: ID!, $type: OfferType!, $price: PriceInput) { setAvailability(input: {videoId: $v,
			  platformId: $p, region: "US", offerType: $type, url: "https://streamly.example/w", price: $price}) {
			  available offerType price { amount currency } region platform { slug } } }""";

	private static final String REMOVE = """
			mutation($v: ID!, $p: ID!) { removeAvailability(videoId: $v, platformId: $p, region: "US") }""";

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@Autowired
	AvailabilityProperties properties;

	@Test
	void changesAreDetectedPublishedAndNotifiedToWatchlisters() {
		GraphQlClient admin = client(UUID.randomUUID(), Role.ADMIN);
		UUID video = this.videos.publicVideo();
		UUID watcher = UUID.randomUUID();
		client(watcher, Role.VIEWER)
			.execute("mutation($v: ID!) { addToWatchlist(videoId: $v) { addedAt } }", Map.of("v", video.toString()))
			.assertNoErrors();
		String platform = createPlatform(admin);

		GraphQlResponse added = admin.execute(SET, Map.of("v", video.toString(), "p", platform, "type", "RENT", "price",
				Map.of("amount", 3.99, "currency", "USD")));
		assertThat((String) added.assertNoErrors().data("setAvailability.platform.slug")).startsWith("streamly");
		admin.execute(SET, Map.of("v", video.toString(), "p", platform, "type", "RENT", "price",
				Map.of("amount", 4.99, "currency", "USD")))
			.assertNoErrors();
		admin.execute(SET, Map.of("v", video.toString(), "p", platform, "type", "RENT", "price",
				Map.of("amount", 4.99, "currency", "USD")))
			.assertNoErrors();
		assertThat((Boolean) admin.execute(REMOVE, Map.of("v", video.toString(), "p", platform))
			.data("removeAvailability")).isTrue();
		assertThat((Boolean) admin.execute(REMOVE, Map.of("v", video.toString(), "p", platform))
			.data("removeAvailability")).as("already removed").isFalse();

		List<EventEnvelope> changes = await().atMost(Duration.ofSeconds(30))
			.until(() -> events(video, "availability.changed"), (events) -> events.size() >= 3);
		assertThat(changes).extracting((event) -> event.data().get("change"))
			.containsExactly("ADDED", "PRICE_CHANGED", "REMOVED");
		Map<String, Object> priceChanged = changes.get(1).data();
		assertThat(priceChanged).containsOnlyKeys("videoId", "platformId", "region", "change", "offerType", "price",
				"changedAt");
		assertThat(priceChanged).containsEntry("videoId", video.toString())
			.containsEntry("platformId", platform)
			.containsEntry("region", "US")
			.containsEntry("offerType", "RENT");
		assertThat((Map<String, Object>) priceChanged.get("price")).containsEntry("currency", "USD")
			.containsKey("amount");
		assertThat(((Number) ((Map<?, ?>) priceChanged.get("price")).get("amount")).doubleValue()).isEqualTo(4.99);
		assertThat(changes.get(1).subject()).isEqualTo(new EventEnvelope.Subject("Video", video));

		List<EventEnvelope> notifications = await().atMost(Duration.ofSeconds(30))
			.until(() -> events(video, "notification.requested"), (events) -> events.size() >= 3);
		assertThat(notifications).extracting((event) -> event.data().get("kind"))
			.containsExactly("availability.added", "availability.price_changed", "availability.removed");
		assertThat(notifications.get(0).data()).containsEntry("recipients", List.of(watcher.toString()))
			.containsEntry("subject", Map.of("type", "Video", "id", video.toString()));
	}

	@Test
	void watchlistersWhoMayNotSeeTheVideoAreNotNotifiedAndLargeAudiencesAreSplit() {
		GraphQlClient admin = client(UUID.randomUUID(), Role.ADMIN);
		UUID owner = UUID.randomUUID();
		UUID video = this.videos.video(owner, "PUBLIC");
		List<UUID> watchers = List.of(owner, UUID.randomUUID(), UUID.randomUUID());
		watchers.forEach((user) -> client(user, Role.VIEWER)
			.execute("mutation($v: ID!) { addToWatchlist(videoId: $v) { addedAt } }", Map.of("v", video.toString()))
			.assertNoErrors());
		this.videos.setVisibility(video, "PRIVATE");
		String platform = createPlatform(admin);
		int batchSize = this.properties.getNotifications().getBatchSize();
		this.properties.getNotifications().setBatchSize(1);
		try {
			admin.execute(SET, Map.of("v", video.toString(), "p", platform, "type", "SUBSCRIPTION")).assertNoErrors();
			this.videos.setVisibility(video, "PUBLIC");
			admin.execute(REMOVE, Map.of("v", video.toString(), "p", platform)).assertNoErrors();
		}
		finally {
			this.properties.getNotifications().setBatchSize(batchSize);
		}

		List<EventEnvelope> notifications = await().atMost(Duration.ofSeconds(30))
			.until(() -> events(video, "notification.requested"), (events) -> events.size() >= 4);
		assertThat(notifications.get(0).data()).as("only the owner sees the private video")
			.containsEntry("kind", "availability.added")
			.containsEntry("recipients", List.of(owner.toString()));
		assertThat(notifications.subList(1, 4))
			.allSatisfy((event) -> assertThat(event.data()).containsEntry("kind", "availability.removed")
				.containsEntry("regions", List.of("US")));
		assertThat(notifications.subList(1, 4)).flatExtracting((event) -> (List<Object>) event.data().get("recipients"))
			.containsExactlyInAnyOrderElementsOf(watchers.stream().map((id) -> (Object) id.toString()).toList());
		assertThat(notifications).hasSize(4);
	}

	@Test
	void queriesSeeAChangeAtOnceThroughTheWriteThroughCache() {
		GraphQlClient admin = client(UUID.randomUUID(), Role.ADMIN);
		UUID video = this.videos.publicVideo();
		String platform = createPlatform(admin);
		admin.execute(SET, Map.of("v", video.toString(), "p", platform, "type", "SUBSCRIPTION")).assertNoErrors();
		GraphQlClient anyone = GraphQlClient.of(this.web);
		assertThat((List<Object>) AvailabilityQueries.availability(anyone, video, "US")
			.data("_entities[0].availability[*].offerType")).containsExactly("SUBSCRIPTION");
		assertThat(this.redis.hasKey("availability:video:" + video).block()).as("cached").isTrue();

		admin
			.execute(SET, Map.of("v", video.toString(), "p", platform, "type", "BUY", "price",
					Map.of("amount", 12, "currency", "EUR")))
			.assertNoErrors();

		GraphQlResponse after = AvailabilityQueries.availability(anyone, video, "US").assertNoErrors();
		assertThat((List<Object>) after.data("_entities[0].availability[*].offerType")).containsExactly("BUY");
		assertThat((List<Object>) after.data("_entities[0].availability[*].price.currency")).containsExactly("EUR");
		assertThat(this.redis.opsForValue().get("availability:video:" + video).block()).contains("\"BUY\"");
	}

	@Test
	void adminMutationsAreForAdminsAndValidateTheirInput() {
		GraphQlClient admin = client(UUID.randomUUID(), Role.ADMIN);
		GraphQlClient viewer = client(UUID.randomUUID(), Role.VIEWER);
		String platform = createPlatform(admin);
		String video = this.videos.publicVideo().toString();

		assertThat(viewer.execute(CREATE, Map.of("slug", "nope")).errorCode()).isEqualTo("FORBIDDEN");
		assertThat(GraphQlClient.of(this.web).execute(CREATE, Map.of("slug", "nope")).errorCode())
			.isEqualTo("UNAUTHENTICATED");
		assertThat(viewer.execute(SET, Map.of("v", video, "p", platform, "type", "FREE")).errorCode())
			.isEqualTo("FORBIDDEN");
		GraphQlResponse duplicate = admin.execute(CREATE,
				Map.of("slug", admin.execute("query($id: ID!) { platform(id: $id) { slug } }", Map.of("id", platform))
					.<String>data("platform.slug")));
		assertThat(duplicate.errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(duplicate.errorField()).isEqualTo("slug");
		assertThat(admin.execute(CREATE, Map.of("slug", "Bad Slug")).errorField()).isEqualTo("slug");
		GraphQlResponse unpriced = admin.execute(SET, Map.of("v", video, "p", platform, "type", "RENT"));
		assertThat(unpriced.errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(unpriced.errorField()).isEqualTo("price");
		assertThat(admin
			.execute(SET,
					Map.of("v", video, "p", platform, "type", "BUY", "price",
							Map.of("amount", 1.999, "currency", "USD")))
			.errorField()).isEqualTo("price.amount");
		assertThat(admin.execute(SET, Map.of("v", UUID.randomUUID().toString(), "p", platform, "type", "FREE"))
			.errorCode()).isEqualTo("NOT_FOUND");
		assertThat(
				admin.execute(SET, Map.of("v", video, "p", UUID.randomUUID().toString(), "type", "FREE")).errorCode())
			.isEqualTo("NOT_FOUND");
		assertThat(admin.execute(SET, Map.of("v", video, "p", "not-an-id", "type", "FREE")).errorField())
			.isEqualTo("platformId");
		GraphQlResponse renamed = admin.execute(
				"mutation($id: ID!) { updatePlatform(id: $id, input: {name: \"Streamly+\"}) { name homepageUrl } }",
				Map.of("id", platform));
		assertThat((String) renamed.assertNoErrors().data("updatePlatform.name")).isEqualTo("Streamly+");
		assertThat((String) renamed.data("updatePlatform.homepageUrl")).isEqualTo("https://streamly.example");
	}

	@Test
	void platformsResolveAsEntitiesAndAreListed() {
		GraphQlClient admin = client(UUID.randomUUID(), Role.ADMIN);
		String platform = createPlatform(admin);
		GraphQlClient anyone = GraphQlClient.of(this.web);

		GraphQlResponse entities = anyone.execute(
				"query($r: [_Any!]!) { _entities(representations: $r) { ... on Platform { id name homepageUrl } } }",
				Map.of("r",
						List.of(Map.of("__typename", "Platform", "id", platform),
								Map.of("__typename", "Platform", "id", UUID.randomUUID().toString()))))
			.assertNoErrors();

		assertThat((String) entities.data("_entities[0].name")).isEqualTo("Streamly");
		assertThat((Object) entities.data("_entities[1]")).isNull();
		assertThat((List<String>) anyone.execute("{ platforms { id } }").data("platforms[*].id")).contains(platform);
	}

	private String createPlatform(GraphQlClient admin) {
		String slug = "streamly-" + UUID.randomUUID().toString().substring(0, 8);
		return admin.execute(CREATE, Map.of("slug", slug)).assertNoErrors().data("createPlatform.id");
	}

	private List<EventEnvelope> events(UUID video, String type) {
		return Streams.read(this.redis, "events:availability")
			.stream()
			.filter((event) -> event.type().equals(type) && event.subject().id().equals(video))
			.toList();
	}

	private GraphQlClient client(UUID user, Role role) {
		return GraphQlClient.of(this.web).withToken(TestVideos.token(user, role));
	}

}
