package io.streamhub.availability.offer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.streamhub.availability.config.AvailabilityProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The Redis write-through cache of every offer of a video (all platforms and regions):
 * key {@code availability:video:<id>}, a JSON array, with a TTL. Writes refresh the
 * entries of the videos they touched once committed; readers fill misses. A Redis failure
 * is a miss (reads go to PostgreSQL), never an error.
 */
@Component
class AvailabilityCache {

	static final String PREFIX = "availability:video:";

	private static final Logger logger = LoggerFactory.getLogger(AvailabilityCache.class);

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
	};

	private final ReactiveStringRedisTemplate redis;

	private final AvailabilityProperties properties;

	AvailabilityCache(ReactiveStringRedisTemplate redis, AvailabilityProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	/** The cached offers of the videos that are cached (one MGET). */
	Mono<Map<UUID, List<Offer>>> get(List<UUID> videoIds) {
		if (videoIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.redis.opsForValue()
			.multiGet(videoIds.stream().map(AvailabilityCache::key).toList())
			.map((values) -> hits(videoIds, values))
			.onErrorResume((ex) -> {
				logger.warn("Availability cache read failed, reading PostgreSQL", ex);
				return Mono.just(Map.of());
			});
	}

	/** Stores the offers of videos (an empty list caches "offered nowhere"). */
	Mono<Void> put(Map<UUID, List<Offer>> offers) {
		return Flux.fromIterable(offers.entrySet())
			.flatMap((entry) -> this.redis.opsForValue()
				.set(key(entry.getKey()), write(entry.getValue()), this.properties.getCache().getTtl()))
			.then()
			.onErrorResume((ex) -> evict(offers.keySet()));
	}

	private Mono<Void> evict(Collection<UUID> videoIds) {
		return this.redis.delete(Flux.fromIterable(videoIds).map(AvailabilityCache::key)).then().onErrorResume((ex) -> {
			logger.warn("Availability cache write failed; entries expire after {}", this.properties.getCache().getTtl(),
					ex);
			return Mono.empty();
		});
	}

	private static String key(UUID videoId) {
		return PREFIX + videoId;
	}

	private static Map<UUID, List<Offer>> hits(List<UUID> videoIds, List<@Nullable String> values) {
		Map<UUID, List<Offer>> hits = new HashMap<>();
		for (int i = 0; i < videoIds.size(); i++) {
			String value = values.get(i);
			if (value != null) {
				hits.put(videoIds.get(i), read(videoIds.get(i), value));
			}
		}
		return hits;
	}

	private static String write(List<Offer> offers) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Offer offer : offers) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("platformId", offer.platformId().toString());
			row.put("region", offer.region());
			row.put("available", offer.available());
			row.put("offerType", offer.offerType().name());
			row.put("url", offer.url());
			row.put("amount", (offer.price() != null) ? offer.price().amount().toPlainString() : null);
			row.put("currency", (offer.price() != null) ? offer.price().currency() : null);
			row.put("lastVerifiedAt", offer.lastVerifiedAt().toString());
			rows.add(row);
		}
		return JSON.writeValueAsString(rows);
	}

	private static List<Offer> read(UUID videoId, String value) {
		List<Offer> offers = new ArrayList<>();
		for (Map<String, Object> row : JSON.readValue(value, ROWS)) {
			Object amount = row.get("amount");
			Object currency = row.get("currency");
			Price price = (amount != null && currency != null)
					? new Price(new BigDecimal(amount.toString()), currency.toString()) : null;
			Object url = row.get("url");
			offers.add(new Offer(videoId, UUID.fromString(row.get("platformId").toString()),
					row.get("region").toString(), Boolean.TRUE.equals(row.get("available")),
					OfferType.valueOf(row.get("offerType").toString()), (url != null) ? url.toString() : null, price,
					Instant.parse(row.get("lastVerifiedAt").toString())));
		}
		return offers;
	}

}
