package io.streamhub.availability.offer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code offer}: every read and write takes many videos and is one statement.
 */
@Repository
class OfferRepository {

	private static final String COLUMNS = "video_id, platform_id, region, available, offer_type, url, price_amount, "
			+ "price_currency, last_verified_at";

	private final DatabaseClient db;

	OfferRepository(DatabaseClient db) {
		this.db = db;
	}

	Flux<Offer> findByVideos(Collection<UUID> videoIds) {
		return this.db.sql("SELECT " + COLUMNS + " FROM offer WHERE video_id = ANY(:ids)")
			.bind("ids", videoIds.toArray(UUID[]::new))
			.map((row, meta) -> offer(row))
			.all();
	}

	/**
	 * Serializes the updates of one platform (feed syncs and webhook deliveries may
	 * overlap) until the transaction ends.
	 */
	Mono<Void> lockPlatform(UUID platformId) {
		return this.db.sql("SELECT pg_advisory_xact_lock(hashtextextended(CAST(:platform AS text), 0))")
			.bind("platform", platformId.toString())
			.then();
	}

	Flux<Offer> findByVideosOfPlatform(Collection<UUID> videoIds, UUID platformId) {
		return this.db.sql("SELECT " + COLUMNS + " FROM offer WHERE video_id = ANY(:ids) AND platform_id = :platform")
			.bind("ids", videoIds.toArray(UUID[]::new))
			.bind("platform", platformId)
			.map((row, meta) -> offer(row))
			.all();
	}

	/** Inserts or replaces offers, in one statement (nullable values travel as ''). */
	Mono<Void> upsertAll(List<Offer> offers) {
		if (offers.isEmpty()) {
			return Mono.empty();
		}
		return this.db.sql("INSERT INTO offer (" + COLUMNS + ") SELECT v, p, r, a, t, NULLIF(u, ''), "
				+ "CAST(NULLIF(pa, '') AS numeric), NULLIF(pc, ''), CAST(lv AS timestamptz) FROM unnest("
				+ "CAST(:videos AS uuid[]), CAST(:platforms AS uuid[]), CAST(:regions AS text[]), "
				+ "CAST(:available AS boolean[]), CAST(:types AS text[]), CAST(:urls AS text[]), CAST(:amounts AS text[]), "
				+ "CAST(:currencies AS text[]), CAST(:verified AS text[])) AS x(v, p, r, a, t, u, pa, pc, lv) "
				+ "ON CONFLICT (video_id, platform_id, region) DO UPDATE SET available = EXCLUDED.available, "
				+ "offer_type = EXCLUDED.offer_type, url = EXCLUDED.url, price_amount = EXCLUDED.price_amount, "
				+ "price_currency = EXCLUDED.price_currency, last_verified_at = EXCLUDED.last_verified_at")
			.bind("videos", offers.stream().map(Offer::videoId).toArray(UUID[]::new))
			.bind("platforms", offers.stream().map(Offer::platformId).toArray(UUID[]::new))
			.bind("regions", offers.stream().map(Offer::region).toArray(String[]::new))
			.bind("available", offers.stream().map((o) -> String.valueOf(o.available())).toArray(String[]::new))
			.bind("types", offers.stream().map((o) -> o.offerType().name()).toArray(String[]::new))
			.bind("urls", offers.stream().map((o) -> Objects.toString(o.url(), "")).toArray(String[]::new))
			.bind("amounts", offers.stream().map(OfferRepository::amount).toArray(String[]::new))
			.bind("currencies", offers.stream().map(OfferRepository::currency).toArray(String[]::new))
			.bind("verified", offers.stream().map((o) -> o.lastVerifiedAt().toString()).toArray(String[]::new))
			.then();
	}

	/** Videos some platform offers or offered (the warm tier). */
	Flux<UUID> videosWithOffers() {
		return this.db.sql("SELECT DISTINCT video_id FROM offer")
			.map((row, meta) -> row.get("video_id", UUID.class))
			.all();
	}

	private static String amount(Offer offer) {
		return (offer.price() != null) ? offer.price().amount().toPlainString() : "";
	}

	private static String currency(Offer offer) {
		return (offer.price() != null) ? offer.price().currency() : "";
	}

	private static Offer offer(Readable row) {
		BigDecimal amount = row.get("price_amount", BigDecimal.class);
		String currency = row.get("price_currency", String.class);
		Price price = (amount != null && currency != null) ? new Price(amount, currency) : null;
		return new Offer(row.get("video_id", UUID.class), row.get("platform_id", UUID.class),
				row.get("region", String.class), Boolean.TRUE.equals(row.get("available", Boolean.class)),
				OfferType.valueOf(row.get("offer_type", String.class)), row.get("url", String.class), price,
				row.get("last_verified_at", Instant.class));
	}

}
