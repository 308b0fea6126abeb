package io.streamhub.availability.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.streamhub.availability.offer.OfferService;
import io.streamhub.availability.platforms.Platform;
import io.streamhub.availability.platforms.PlatformService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Pulls offers from every feed for a set of videos: the feeds run side by side (a slow
 * platform delays only itself), each in batches of its size; a failed batch is logged and
 * skipped, so its videos keep their last known offers and verification times.
 */
@Service
public class SyncService {

	private static final Logger logger = LoggerFactory.getLogger(SyncService.class);

	private final PlatformFeeds feeds;

	private final PlatformService platforms;

	private final OfferService offers;

	private final SyncTiers tiers;

	SyncService(PlatformFeeds feeds, PlatformService platforms, OfferService offers, SyncTiers tiers) {
		this.feeds = feeds;
		this.platforms = platforms;
		this.offers = offers;
		this.tiers = tiers;
	}

	/**
	 * Syncs a tier now.
	 * @param tier the tier
	 * @return the report
	 */
	public Mono<SyncReport> sync(SyncTier tier) {
		if (this.feeds.all().isEmpty()) {
			return Mono.just(new SyncReport(List.of()));
		}
		return this.tiers.videos(tier).collectList().flatMap(this::sync);
	}

	/**
	 * Syncs videos now.
	 * @param videoIds the videos
	 * @return the report
	 */
	public Mono<SyncReport> sync(List<UUID> videoIds) {
		List<PlatformFeed> all = this.feeds.all();
		return Flux.fromIterable(all)
			.flatMap((feed) -> sync(feed, videoIds), Math.max(1, all.size()))
			.collectList()
			.map(SyncReport::new);
	}

	/**
	 * Syncs videos from one platform now.
	 * @param slug the platform's slug
	 * @param videoIds the videos
	 * @return its result; empty when no feed has this slug
	 */
	public Mono<SyncReport.PlatformResult> sync(String slug, List<UUID> videoIds) {
		return Mono.justOrEmpty(this.feeds.find(slug)).flatMap((feed) -> sync(feed, videoIds));
	}

	private Mono<SyncReport.PlatformResult> sync(PlatformFeed feed, List<UUID> videoIds) {
		List<List<UUID>> batches = batches(videoIds, feed.batchSize());
		return this.platforms.ensure(feed.slug(), feed.name())
			.flatMap((platform) -> Flux.fromIterable(batches)
				.concatMap((batch) -> syncBatch(feed, platform, batch))
				.collectList())
			.map((counts) -> new SyncReport.PlatformResult(feed.slug(), batches.size(),
					(int) counts.stream().filter((count) -> count < 0).count(),
					counts.stream().filter((count) -> count > 0).mapToInt(Integer::intValue).sum()));
	}

	/** The number of changes, or -1 when the batch failed. */
	private Mono<Integer> syncBatch(PlatformFeed feed, Platform platform, List<UUID> batch) {
		return feed.fetch(batch)
			.flatMap((titles) -> this.offers.applySnapshots(platform.id(), titles, Mono.empty()))
			.map(List::size)
			.onErrorResume((ex) -> {
				logger.warn("Availability sync of {} videos from {} failed: {}", batch.size(), feed.slug(),
						ex.toString());
				return Mono.just(-1);
			});
	}

	private static List<List<UUID>> batches(List<UUID> ids, int size) {
		List<List<UUID>> batches = new ArrayList<>();
		for (int i = 0; i < ids.size(); i += size) {
			batches.add(List.copyOf(ids.subList(i, Math.min(ids.size(), i + size))));
		}
		return batches;
	}

}
