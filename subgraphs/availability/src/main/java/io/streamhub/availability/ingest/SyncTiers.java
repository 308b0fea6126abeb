package io.streamhub.availability.ingest;

import java.util.UUID;

import io.streamhub.availability.access.VideoAccessService;
import io.streamhub.availability.config.AvailabilityProperties;
import io.streamhub.platform.ids.Ids;
import io.streamhub.availability.offer.OfferService;
import io.streamhub.availability.watchlist.Watchers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Which videos each tier holds. HOT: on at least
 * {@code availability.sync.hot-watchlist-min} (1) watchlists, or among the top
 * {@code availability.sync.trending-top} of discovery's trending sorted sets (read when
 * present; members are video ids). WARM: offered (now or before) by some platform and not
 * HOT. FULL: every video known here and not deleted.
 */
@Component
class SyncTiers {

	private static final Logger logger = LoggerFactory.getLogger(SyncTiers.class);

	private final Watchers watchers;

	private final OfferService offers;

	private final VideoAccessService videos;

	private final ReactiveStringRedisTemplate redis;

	private final AvailabilityProperties properties;

	SyncTiers(Watchers watchers, OfferService offers, VideoAccessService videos, ReactiveStringRedisTemplate redis,
			AvailabilityProperties properties) {
		this.watchers = watchers;
		this.offers = offers;
		this.videos = videos;
		this.redis = redis;
		this.properties = properties;
	}

	Flux<UUID> videos(SyncTier tier) {
		if (tier == SyncTier.FULL) {
			return this.videos.knownVideos();
		}
		Flux<UUID> hot = Flux
			.merge(this.watchers.watchedVideos(this.properties.getSync().getHotWatchlistMin()), trending())
			.distinct();
		if (tier == SyncTier.HOT) {
			return hot;
		}
		return hot.collectList()
			.flatMapMany((hotIds) -> this.offers.videosWithOffers().filter((id) -> !hotIds.contains(id)));
	}

	private Flux<UUID> trending() {
		long top = Math.max(1, this.properties.getSync().getTrendingTop());
		return Flux.fromIterable(this.properties.getSync().getTrendingKeys())
			.concatMap((key) -> this.redis.opsForZSet().reverseRange(key, Range.closed(0L, top - 1)))
			.flatMap((member) -> Flux.fromStream(Ids.tryParse(member).stream()))
			.onErrorResume((ex) -> {
				logger.warn("Could not read trending videos; the hot tier holds watchlisted videos only", ex);
				return Flux.empty();
			});
	}

}
