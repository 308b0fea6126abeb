package io.streamhub.availability.offer;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.streamhub.availability.config.AvailabilityProperties;
import io.streamhub.availability.watchlist.Watchers;
import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.OutboxWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Applies what a platform says of some videos: in one transaction (serialized per
 * platform) it detects the changes, writes the offers, and appends
 * {@code availability.changed} per change and {@code notification.requested} per (video,
 * kind) for the watchlisters; once committed it refreshes the cache of those videos.
 */
@Service
public class OfferService {

	private static final Logger logger = LoggerFactory.getLogger(OfferService.class);

	private final OfferRepository repository;

	private final AvailabilityCache cache;

	private final Watchers watchers;

	private final OutboxWriter outbox;

	private final TransactionalOperator transactions;

	private final AvailabilityProperties properties;

	private final Clock clock;

	OfferService(OfferRepository repository, AvailabilityCache cache, Watchers watchers, OutboxWriter outbox,
			TransactionalOperator transactions, AvailabilityProperties properties, Clock clock) {
		this.repository = repository;
		this.cache = cache;
		this.watchers = watchers;
		this.outbox = outbox;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Applies complete snapshots (every region) of a platform's offers.
	 * @param platformId the platform
	 * @param titles what it offers of each video
	 * @param precondition runs first in the same transaction (e.g. recording a webhook
	 * delivery); its error rolls everything back
	 * @return the changes
	 */
	public Mono<List<AvailabilityChange>> applySnapshots(UUID platformId, List<TitleSnapshot> titles,
			Mono<Void> precondition) {
		return apply(platformId, titles, (region) -> true, null, precondition);
	}

	/**
	 * Applies what is said of one region.
	 * @param platformId the platform
	 * @param title the video and its offer in the region (none: withdrawn)
	 * @param region the region
	 * @param actor who made the change
	 * @return the changes
	 */
	public Mono<List<AvailabilityChange>> applyRegion(UUID platformId, TitleSnapshot title, String region,
			@Nullable UUID actor) {
		return apply(platformId, List.of(title), region::equals, actor, Mono.empty());
	}

	/**
	 * The current offers of a video on a platform.
	 * @param videoId the video
	 * @param platformId the platform
	 * @return its offers
	 */
	public Flux<Offer> offers(UUID videoId, UUID platformId) {
		return this.repository.findByVideosOfPlatform(List.of(videoId), platformId);
	}

	/**
	 * Videos some platform offers or offered (the warm sync tier).
	 * @return the video ids
	 */
	public Flux<UUID> videosWithOffers() {
		return this.repository.videosWithOffers();
	}

	private Mono<List<AvailabilityChange>> apply(UUID platformId, List<TitleSnapshot> titles, Predicate<String> scope,
			@Nullable UUID actor, Mono<Void> precondition) {
		if (titles.isEmpty()) {
			return precondition.as(this.transactions::transactional).thenReturn(List.of());
		}
		List<UUID> videoIds = titles.stream().map(TitleSnapshot::videoId).distinct().toList();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Mono<List<AvailabilityChange>> write = precondition.then(this.repository.lockPlatform(platformId))
			.then(this.repository.findByVideosOfPlatform(videoIds, platformId)
				.collect(Collectors.groupingBy(Offer::videoId)))
			.flatMap((known) -> write(platformId, titles, known, scope, actor, now));
		return this.transactions.transactional(write).flatMap((changes) -> refreshCache(videoIds).thenReturn(changes));
	}

	private Mono<List<AvailabilityChange>> write(UUID platformId, List<TitleSnapshot> titles,
			Map<UUID, List<Offer>> known, Predicate<String> scope, @Nullable UUID actor, Instant now) {
		List<Offer> writes = new ArrayList<>();
		List<AvailabilityChange> changes = new ArrayList<>();
		for (TitleSnapshot title : titles) {
			ChangeDetector.Detection detection = ChangeDetector.detect(known.getOrDefault(title.videoId(), List.of()),
					platformId, title, scope, now);
			writes.addAll(detection.writes());
			changes.addAll(detection.changes());
		}
		return this.repository.upsertAll(writes)
			.thenMany(Flux.fromIterable(changes))
			.concatMap((change) -> this.outbox.append(AvailabilityEvents.STREAM,
					AvailabilityEvents.changed(change, actor)))
			.then(notifyWatchers(platformId, changes))
			.thenReturn(List.copyOf(changes));
	}

	/**
	 * One {@code notification.requested} per (video, kind of change) and batch of
	 * watchlisters.
	 */
	private Mono<Void> notifyWatchers(UUID platformId, List<AvailabilityChange> changes) {
		if (changes.isEmpty()) {
			return Mono.empty();
		}
		Map<UUID, Map<ChangeKind, List<String>>> regions = new LinkedHashMap<>();
		for (AvailabilityChange change : changes) {
			regions.computeIfAbsent(change.offer().videoId(), (id) -> new LinkedHashMap<>())
				.computeIfAbsent(change.kind(), (kind) -> new ArrayList<>())
				.add(change.offer().region());
		}
		return this.watchers.of(regions.keySet())
			.flatMapMany((watching) -> Flux.fromIterable(notifications(platformId, regions, watching)))
			.concatMap((event) -> this.outbox.append(AvailabilityEvents.STREAM, event))
			.then();
	}

	private List<EventEnvelope> notifications(UUID platformId, Map<UUID, Map<ChangeKind, List<String>>> regions,
			Map<UUID, List<UUID>> watching) {
		int batch = Math.max(1, this.properties.getNotifications().getBatchSize());
		List<EventEnvelope> events = new ArrayList<>();
		watching.forEach((videoId, users) -> regions.get(videoId)
			.forEach((kind, changed) -> chunks(users, batch).forEach((recipients) -> events
				.add(AvailabilityEvents.notification(videoId, platformId, kind, changed, recipients)))));
		return events;
	}

	private static List<List<UUID>> chunks(List<UUID> ids, int size) {
		List<List<UUID>> chunks = new ArrayList<>();
		for (int i = 0; i < ids.size(); i += size) {
			chunks.add(ids.subList(i, Math.min(ids.size(), i + size)));
		}
		return chunks;
	}

	private Mono<Void> refreshCache(List<UUID> videoIds) {
		return this.repository.findByVideos(videoIds).collect(Collectors.groupingBy(Offer::videoId)).map((found) -> {
			Map<UUID, List<Offer>> all = new LinkedHashMap<>();
			videoIds.forEach((id) -> all.put(id, found.getOrDefault(id, List.of())));
			return all;
		}).flatMap(this.cache::put).onErrorResume((ex) -> {
			logger.warn("Could not refresh the availability cache of {} videos", videoIds.size(), ex);
			return Mono.empty();
		});
	}

}
