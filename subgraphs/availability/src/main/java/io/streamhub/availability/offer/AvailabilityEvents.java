package io.streamhub.availability.offer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.streamhub.platform.events.EventEnvelope;
import io.streamhub.platform.events.Streams;
import org.jspecify.annotations.Nullable;

/**
 * The events this service emits on {@code events:availability}.
 */
final class AvailabilityEvents {

	static final String STREAM = Streams.events("availability");

	static final String CHANGED = "availability.changed";

	static final String NOTIFICATION_REQUESTED = "notification.requested";

	private AvailabilityEvents() {
	}

	/**
	 * {@code availability.changed}: {@code {videoId, platformId, region, change,
	 * offerType, price: {amount, currency} | null, changedAt}} (the realtime gateway
	 * relies on these names). Subject: the Video.
	 */
	static EventEnvelope changed(AvailabilityChange change, @Nullable UUID actor) {
		Offer offer = change.offer();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("videoId", offer.videoId().toString());
		data.put("platformId", offer.platformId().toString());
		data.put("region", offer.region());
		data.put("change", change.kind().name());
		data.put("offerType", offer.offerType().name());
		data.put("price", price(offer.price()));
		data.put("changedAt", change.changedAt().toString());
		return EventEnvelope.of(CHANGED, new EventEnvelope.Subject("Video", offer.videoId()), actor, data);
	}

	/**
	 * {@code notification.requested} for watchlisters of a video: kind
	 * {@code availability.added|removed|price_changed}, subject the Video, plus the
	 * platform and regions of the change.
	 */
	static EventEnvelope notification(UUID videoId, UUID platformId, ChangeKind kind, List<String> regions,
			List<UUID> recipients) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("recipients", recipients.stream().map(UUID::toString).toList());
		data.put("kind", kind(kind));
		data.put("subject", Map.of("type", "Video", "id", videoId.toString()));
		data.put("videoId", videoId.toString());
		data.put("platformId", platformId.toString());
		data.put("regions", List.copyOf(regions));
		return EventEnvelope.of(NOTIFICATION_REQUESTED, new EventEnvelope.Subject("Video", videoId), null, data);
	}

	static String kind(ChangeKind kind) {
		return "availability." + kind.name().toLowerCase(Locale.ROOT);
	}

	private static @Nullable Map<String, Object> price(@Nullable Price price) {
		if (price == null) {
			return null;
		}
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("amount", price.amount());
		value.put("currency", price.currency());
		return value;
	}

}
