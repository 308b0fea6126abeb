package io.streamhub.availability.offer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Compares what was known of a (video, platform) with what the platform says now, region
 * by region: a region newly offered is ADDED, one offered on other terms is
 * PRICE_CHANGED, one no longer offered (within the update's scope of regions) is REMOVED
 * and kept as unavailable. A change of url alone is stored but is no change. Every row
 * the update covers is written with the new verification time.
 */
final class ChangeDetector {

	private ChangeDetector() {
	}

	/**
	 * The rows to write and the changes.
	 *
	 * @param writes rows to upsert
	 * @param changes detected changes
	 */
	record Detection(List<Offer> writes, List<AvailabilityChange> changes) {

	}

	static Detection detect(List<Offer> previous, UUID platformId, TitleSnapshot snapshot, Predicate<String> scope,
			Instant now) {
		Map<String, Offer> known = new LinkedHashMap<>();
		previous.forEach((offer) -> known.put(offer.region(), offer));
		Map<String, Offer> incoming = new LinkedHashMap<>();
		for (OfferInput input : snapshot.offers()) {
			incoming.putIfAbsent(input.region(), new Offer(snapshot.videoId(), platformId, input.region(), true,
					input.offerType(), input.url(), input.price(), now));
		}
		List<Offer> writes = new ArrayList<>();
		List<AvailabilityChange> changes = new ArrayList<>();
		for (Offer offer : incoming.values()) {
			writes.add(offer);
			Offer before = known.get(offer.region());
			if (before == null || !before.available()) {
				changes.add(new AvailabilityChange(ChangeKind.ADDED, offer, now));
			}
			else if (!before.sameTerms(offer)) {
				changes.add(new AvailabilityChange(ChangeKind.PRICE_CHANGED, offer, now));
			}
		}
		for (Offer before : known.values()) {
			if (incoming.containsKey(before.region()) || !scope.test(before.region())) {
				continue;
			}
			Offer withdrawn = before.withdrawn(now);
			writes.add(withdrawn);
			if (before.available()) {
				changes.add(new AvailabilityChange(ChangeKind.REMOVED, withdrawn, now));
			}
		}
		return new Detection(writes, changes);
	}

}
