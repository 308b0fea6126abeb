package io.streamhub.availability.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.availability.config.AvailabilityProperties;
import io.streamhub.availability.support.AvailabilityIntegrationTest;
import io.streamhub.availability.support.AvailabilityQueries;
import io.streamhub.availability.support.FakePlatforms;
import io.streamhub.availability.support.Offers;
import io.streamhub.availability.support.TestVideos;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scheduler runs the tiers at their configured intervals (here the hot tier every 200
 * ms, the others never within the test).
 */
@AvailabilityIntegrationTest
class SyncSchedulerTests {

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	SyncService sync;

	@Autowired
	WebhookDeliveries deliveries;

	@Test
	void theHotTierIsSyncedAtItsInterval() {
		UUID video = this.videos.publicVideo();
		GraphQlClient.of(this.web)
			.withToken(TestVideos.token(UUID.randomUUID(), Role.VIEWER))
			.execute("mutation($v: ID!) { addToWatchlist(videoId: $v) { addedAt } }", Map.of("v", video.toString()))
			.assertNoErrors();
		FakePlatforms.FLIXNET.offer(video, Offers.free("FR", "FREE"));
		AvailabilityProperties properties = new AvailabilityProperties();
		properties.getSync().setHotInterval(Duration.ofMillis(200));
		properties.getSync().setWarmInterval(Duration.ofHours(1));
		properties.getSync().setFullInterval(Duration.ofHours(1));
		SyncScheduler scheduler = new SyncScheduler(this.sync, this.deliveries, properties);

		scheduler.start();
		try {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> !((List<?>) AvailabilityQueries.availability(GraphQlClient.of(this.web), video, "FR")
					.data("_entities[0].availability")).isEmpty());
		}
		finally {
			scheduler.stop();
		}
		assertThat(scheduler.isRunning()).isFalse();
	}

}
