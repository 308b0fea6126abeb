package io.streamhub.discovery.trending;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.streamhub.discovery.support.DiscoveryIntegrationTest;
import io.streamhub.discovery.support.TestEvents;
import io.streamhub.discovery.support.TestEvents.TestVideo;
import io.streamhub.platform.test.GraphQlClient;
import io.streamhub.platform.test.GraphQlResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Query.trending fed by video.counters deltas (views, and likes weighing five views).
 */
@DiscoveryIntegrationTest
class TrendingTests {

	private static final String TRENDING = "query($w: TrendingWindow, $n: Int) { trending(window: $w, first: $n) { id } }";

	@Autowired
	WebTestClient web;

	@Autowired
	TestEvents events;

	@Autowired
	ReactiveStringRedisTemplate redis;

	@Test
	void ranksByRecentViewsAndLikesAndLeavesOutVideosNoLongerPublic() {
		TestVideo viewed = TestVideo.ready("trend", "Viewed a lot", "x");
		TestVideo liked = TestVideo.ready("trend", "Liked a lot", "x");
		TestVideo quiet = TestVideo.ready("trend", "Quiet one", "x");
		TestVideo turnedPrivate = TestVideo.ready("trend", "Turned private", "x");
		for (TestVideo video : List.of(viewed, liked, quiet, turnedPrivate)) {
			this.events.video("video.ready", video, Instant.now());
		}
		// Absolute counts: views 1000 → weight 1000; 300 likes → 1500; views 10 → 10.
		this.events.views(viewed.id(), 1000, 0);
		this.events.views(liked.id(), 0, 300);
		this.events.views(quiet.id(), 10, 0);
		this.events.views(turnedPrivate.id(), 5000, 0);
		// A redelivered counters event with the same counts adds nothing.
		this.events.views(quiet.id(), 10, 0);
		this.events.video("video.visibility_changed", turnedPrivate.withVisibility("PRIVATE"),
				Instant.now().plusSeconds(1));
		List<String> mine = List.of(viewed.id().toString(), liked.id().toString(), quiet.id().toString(),
				turnedPrivate.id().toString());

		List<String> ranked = await().atMost(Duration.ofSeconds(30)).until(() -> {
			List<String> ids = trending("DAY", 50).assertNoErrors().data("trending[*].id");
			return ids.stream().filter(mine::contains).toList();
		}, (ids) -> ids.size() == 3);

		assertThat(ranked).containsExactly(liked.id().toString(), viewed.id().toString(), quiet.id().toString());
		List<String> hour = trending("HOUR", 50).assertNoErrors().data("trending[*].id");
		assertThat(hour.stream().filter(mine::contains)).containsExactly(liked.id().toString(), viewed.id().toString(),
				quiet.id().toString());
		// the ranking stays where availability's sync tiers read it
		assertThat(this.redis.opsForZSet()
			.reverseRange("discovery:trending:day:ranking", Range.closed(0L, -1L))
			.collectList()
			.block()).contains(liked.id().toString(), viewed.id().toString());
	}

	@Test
	void refusesBadPageSizes() {
		assertThat(trending("DAY", 0).errorField()).isEqualTo("first");
		assertThat(trending("WEEK", 51).errorCode()).isEqualTo("BAD_USER_INPUT");
		assertThat(trending("MONTH", 5).errors()).isNotEmpty();
	}

	private GraphQlResponse trending(String window, int first) {
		return GraphQlClient.of(this.web).execute(TRENDING, Map.of("w", window, "n", first));
	}

}
