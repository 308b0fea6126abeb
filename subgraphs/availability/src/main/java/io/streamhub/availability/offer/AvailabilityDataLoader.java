package io.streamhub.availability.offer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import com.netflix.graphql.dgs.DgsDataLoader;
import org.dataloader.MappedBatchLoader;
import reactor.core.publisher.Mono;

/**
 * Loads every offer of many videos: one Redis MGET, then one SQL statement for the videos
 * not cached (which are then cached).
 */
@DgsDataLoader(name = AvailabilityDataLoader.NAME)
class AvailabilityDataLoader implements MappedBatchLoader<UUID, List<Offer>> {

	static final String NAME = "availability";

	private final AvailabilityCache cache;

	private final OfferRepository repository;

	AvailabilityDataLoader(AvailabilityCache cache, OfferRepository repository) {
		this.cache = cache;
		this.repository = repository;
	}

	@Override
	public CompletionStage<Map<UUID, List<Offer>>> load(Set<UUID> videoIds) {
		List<UUID> ids = List.copyOf(videoIds);
		return this.cache.get(ids).flatMap((hits) -> {
			List<UUID> misses = ids.stream().filter((id) -> !hits.containsKey(id)).toList();
			return fromDatabase(misses).map((loaded) -> {
				Map<UUID, List<Offer>> all = new HashMap<>(hits);
				all.putAll(loaded);
				return all;
			});
		}).toFuture();
	}

	private Mono<Map<UUID, List<Offer>>> fromDatabase(List<UUID> videoIds) {
		if (videoIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.repository.findByVideos(videoIds)
			.collect(Collectors.groupingBy(Offer::videoId, Collectors.toList()))
			.map((found) -> {
				Map<UUID, List<Offer>> loaded = new HashMap<>();
				videoIds.forEach((id) -> loaded.put(id, found.getOrDefault(id, new ArrayList<>())));
				return loaded;
			})
			.flatMap((loaded) -> this.cache.put(loaded).thenReturn(loaded));
	}

}
