package io.streamhub.discovery.trending;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.streamhub.platform.ids.Ids;
import io.streamhub.discovery.generated.types.TrendingWindow;
import io.streamhub.discovery.index.VideoIndex;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.zset.Aggregate;
import org.springframework.data.redis.connection.zset.Weights;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Service;

/**
 * Trending videos per window, fed by the view and like deltas of video.counters (see
 * {@link TrendingBuckets} for the decay).
 */
@Service
public class TrendingService {

	static final String PREFIX = "discovery:trending:";

	/** How long the latest ranking of a window is kept after it was computed. */
	static final Duration RANKING_TTL = Duration.ofDays(1);

	private final ReactiveStringRedisTemplate redis;

	private final VideoIndex index;

	private final Clock clock;

	TrendingService(ReactiveStringRedisTemplate redis, VideoIndex index, Clock clock) {
		this.redis = redis;
		this.index = index;
		this.clock = clock;
	}

	/**
	 * Add activity of a video at an instant to every window still covering it.
	 * @param videoId the video
	 * @param weight the weight (views + 5 × likes)
	 * @param at when it happened
	 * @return completion
	 */
	public Mono<Void> record(UUID videoId, double weight, Instant at) {
		if (weight <= 0) {
			return Mono.empty();
		}
		Instant now = this.clock.instant();
		return Flux.fromArray(TrendingWindow.values())
			.map(TrendingBuckets::of)
			.filter((buckets) -> buckets.covers(at, now))
			.concatMap((buckets) -> {
				String key = buckets.key(PREFIX, buckets.bucketOf(at));
				return this.redis.opsForZSet()
					.incrementScore(key, videoId.toString(), weight)
					.then(this.redis.expire(key, buckets.ttl()));
			})
			.then();
	}

	/**
	 * The top videos of a window that are searchable now (PUBLIC and READY).
	 * @param window the window
	 * @param first at most this many
	 * @return video ids, most trending first
	 */
	public Mono<List<UUID>> top(TrendingWindow window, int first) {
		TrendingBuckets buckets = TrendingBuckets.of(window);
		Instant now = this.clock.instant();
		List<Long> starts = buckets.bucketsUntil(now);
		List<String> keys = starts.stream().map((start) -> buckets.key(PREFIX, start)).toList();
		double[] weights = starts.stream().mapToDouble((start) -> buckets.weight(start, now)).toArray();
		// The ranking stays in a well-known key (availability's sync tiers read it);
		// every
		// computation rewrites it atomically, so concurrent ones only race to the same
		// content.
		String destination = rankingKey(window);
		// Some videos of the ranking may have become private or been deleted: ask for
		// more.
		int candidates = first * 2 + 10;
		Mono<List<UUID>> ranked = this.redis.opsForZSet()
			.unionAndStore(keys.get(0), keys.subList(1, keys.size()), destination, Aggregate.SUM, Weights.of(weights))
			.thenMany(this.redis.opsForZSet().reverseRange(destination, Range.closed(0L, (long) candidates - 1)))
			.flatMapIterable((id) -> Ids.tryParse(id).stream().toList())
			.collectList();
		return ranked
			.flatMap((ids) -> this.index.existing(ids)
				.map((found) -> ids.stream().filter(found::contains).limit(first).toList()))
			.flatMap((top) -> this.redis.expire(destination, RANKING_TTL).thenReturn(top));
	}

	/**
	 * Where the latest ranking of a window is kept (video id → decayed weight), refreshed
	 * whenever trending is asked for and kept for {@link #RANKING_TTL}.
	 * @param window the window
	 * @return the Redis key, e.g. {@code discovery:trending:day:ranking}
	 */
	public static String rankingKey(TrendingWindow window) {
		return PREFIX + window.name().toLowerCase() + ":ranking";
	}

}
