package io.streamhub.availability.ingest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.availability.support.AvailabilityIntegrationTest;
import io.streamhub.availability.support.FakePlatforms;
import io.streamhub.availability.support.Offers;
import io.streamhub.availability.support.TestVideos;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.test.GraphQlClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tiers: watchlisted and trending videos are HOT, other offered videos WARM, every
 * known video FULL.
 */
@AvailabilityIntegrationTest
class SyncTiersTests {

	@Autowired
	WebTestClient web;

	@Autowired
	TestVideos videos;

	@Autowired
	SyncTiers tiers;

	@Autowired
	SyncService sync;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@Test
	void watchlistedAndTrendingVideosAreHotOfferedOnesWarmAndAllKnownOnesInTheFullSync() {
		UUID watched = this.videos.publicVideo();
		UUID trending = this.videos.publicVideo();
		UUID offered = this.videos.publicVideo();
		UUID known = this.videos.publicVideo();
		UUID user = UUID.randomUUID();
		GraphQlClient.of(this.web)
			.withToken(TestVideos.token(user, Role.VIEWER))
			.execute("mutation($v: ID!) { addToWatchlist(videoId: $v) { addedAt } }", Map.of("v", watched.toString()))
			.assertNoErrors();
		this.redis.opsForZSet().add("discovery:trending:day:ranking", trending.toString(), 42).block();
		this.redis.opsForZSet().add("discovery:trending:day:ranking", "not-a-video", 41).block();
		FakePlatforms.FLIXNET.offer(offered, Offers.free("US", "FREE"));
		this.sync.sync("flixnet", List.of(offered)).block();

		List<UUID> hot = this.tiers.videos(SyncTier.HOT).collectList().block();
		List<UUID> warm = this.tiers.videos(SyncTier.WARM).collectList().block();
		List<UUID> full = this.tiers.videos(SyncTier.FULL).collectList().block();

		assertThat(hot).contains(watched, trending).doesNotContain(offered, known);
		assertThat(warm).contains(offered).doesNotContain(watched, trending, known);
		assertThat(full).contains(watched, trending, offered, known);
	}

}
