package io.streamhub.availability.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.streamhub.availability.support.AvailabilityIntegrationTest;
import io.streamhub.availability.support.AvailabilityQueries;
import io.streamhub.availability.support.FakePlatforms;
import io.streamhub.availability.support.Offers;
import io.streamhub.availability.support.TestVideos;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pulling offers from real HTTP feeds: a good one, one that fails (its circuit opens and
 * it is then left alone), one that is slow (queries do not wait for it), one that is rate
 * limited; a failed platform's last known offers keep being served.
 */
@AvailabilityIntegrationTest
class FeedSyncTests {

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	SyncService sync;

	@Autowired
	PlatformFeeds feeds;

	@Test
	void aSyncStoresWhatTheFeedOffersWithTheConfiguredCredentials() {
		UUID video = this.videos.publicVideo();
		FakePlatforms.FLIXNET.offer(video, Offers.priced("US", "RENT", "3.99", "USD"), Offers.free("GB", "FREE"));

		SyncReport.PlatformResult result = this.sync.sync("flixnet", List.of(video)).block();

		assertThat(result.failedBatches()).isZero();
		assertThat(result.changes()).isEqualTo(2);
		GraphQlResponse us = AvailabilityQueries.availability(client(), video, "US").assertNoErrors();
		assertThat((String) us.data("_entities[0].availability[0].platform.name")).isEqualTo("Flixnet");
		assertThat((String) us.data("_entities[0].availability[0].offerType")).isEqualTo("RENT");
		assertThat((Double) us.data("_entities[0].availability[0].price.amount")).isEqualTo(3.99);
		assertThat((String) us.data("_entities[0].availability[0].url")).isEqualTo("https://watch.example/US");
		assertThat((List<Object>) AvailabilityQueries.availability(client(), video, "GB")
			.data("_entities[0].availability[*].offerType")).containsExactly("FREE");
	}

	@Test
	void aFailingPlatformOpensItsCircuitAndIsThenLeftAlone() {
		List<UUID> batch = List.of(this.videos.publicVideo(), this.videos.publicVideo(), this.videos.publicVideo(),
				this.videos.publicVideo());

		SyncReport.PlatformResult first = this.sync.sync("brokenbox", batch).block();
		int requests = FakePlatforms.BROKENBOX.requests();
		SyncReport.PlatformResult second = this.sync.sync("brokenbox", batch).block();

		assertThat(first.failedBatches()).isEqualTo(4);
		assertThat(second.failedBatches()).isEqualTo(4);
		assertThat(this.feeds.find("brokenbox").get().circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(FakePlatforms.BROKENBOX.requests()).as("no request while the circuit is open").isEqualTo(requests);
	}

	@Test
	void aSlowPlatformDoesNotDelayQueriesWhichServeItsLastKnownOffers() throws Exception {
		UUID video = this.videos.publicVideo();
		FakePlatforms.SLOWTV.offer(video, Offers.free("US", "SUBSCRIPTION"));
		this.sync.sync("slowtv", List.of(video)).block();
		String verified = AvailabilityQueries.availability(client(), video, "US")
			.data("_entities[0].availability[0].lastVerifiedAt");
		FakePlatforms.SLOWTV.offer(video);
		FakePlatforms.FLIXNET.offer(video, Offers.priced("US", "BUY", "9.99", "USD"));
		int before = FakePlatforms.SLOWTV.requests();
		FakePlatforms.SLOWTV.hold();
		try {
			CompletableFuture<SyncReport> running = this.sync.sync(List.of(video)).toFuture();
			await().atMost(Duration.ofSeconds(30)).until(() -> FakePlatforms.SLOWTV.requests() > before);

			// The platform holds the request until released: whatever the query returns,
			// it
			// did not wait for the platform.
			GraphQlResponse during = AvailabilityQueries.availability(client(), video, "US").assertNoErrors();
			assertThat((List<String>) during.data("_entities[0].availability[*].platform.name")).contains("Slow TV");

			SyncReport report = running.get(60, TimeUnit.SECONDS);
			assertThat(report.bySlug().get("slowtv").failedBatches()).as("timed out").isEqualTo(1);
			assertThat(report.bySlug().get("flixnet").failedBatches()).isZero();
		}
		finally {
			FakePlatforms.SLOWTV.release();
		}
		GraphQlResponse after = AvailabilityQueries.availability(client(), video, "US").assertNoErrors();
		List<Map<String, Object>> offers = after.data("_entities[0].availability");
		assertThat(offers).extracting((offer) -> (Object) ((Map<?, ?>) offer.get("platform")).get("slug"))
			.containsExactlyInAnyOrder("flixnet", "slowtv");
		Map<String, Object> slow = offers.stream()
			.filter((offer) -> "slowtv".equals(((Map<?, ?>) offer.get("platform")).get("slug")))
			.findFirst()
			.orElseThrow();
		assertThat(slow).as("last known, still available").containsEntry("available", true);
		assertThat(slow.get("lastVerifiedAt")).isEqualTo(verified);
		assertThat(Instant.parse((String) slow.get("lastVerifiedAt"))).isBefore(Instant.now());
	}

	@Test
	void aRateLimitedPlatformGetsNoMoreRequestsThanItsTokenBucketAllows() {
		List<UUID> batch = List.of(this.videos.publicVideo(), this.videos.publicVideo(), this.videos.publicVideo(),
				this.videos.publicVideo(), this.videos.publicVideo());
		int before = FakePlatforms.TINYFLIX.requests();

		SyncReport.PlatformResult result = this.sync.sync("tinyflix", batch).block();

		int sent = FakePlatforms.TINYFLIX.requests() - before;
		assertThat(sent).isLessThanOrEqualTo(2);
		assertThat(result.failedBatches()).isEqualTo(5 - sent).isGreaterThanOrEqualTo(3);
		assertThat(this.feeds.find("tinyflix").get().circuitBreaker().getState())
			.as("refusals of the rate limiter are not failures of the platform")
			.isEqualTo(CircuitBreaker.State.CLOSED);
	}

	private GraphQlClient client() {
		return GraphQlClient.of(this.web);
	}

}
