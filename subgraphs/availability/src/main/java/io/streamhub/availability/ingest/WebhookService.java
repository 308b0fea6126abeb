package io.streamhub.availability.ingest;

import java.time.Clock;
import java.util.List;

import io.streamhub.availability.config.AvailabilityProperties;
import io.streamhub.availability.offer.AvailabilityChange;
import io.streamhub.availability.offer.OfferService;
import io.streamhub.availability.offer.TitleSnapshot;
import io.streamhub.availability.platforms.PlatformService;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Pushed changes: a delivery is applied only when its signature is valid, its timestamp
 * fresh and its delivery id (and signature) never seen; the delivery is recorded in the
 * same transaction as its changes, so a refused or failed delivery changes nothing.
 */
@Service
class WebhookService {

	private final AvailabilityProperties properties;

	private final PlatformService platforms;

	private final OfferService offers;

	private final WebhookDeliveries deliveries;

	private final Clock clock;

	WebhookService(AvailabilityProperties properties, PlatformService platforms, OfferService offers,
			WebhookDeliveries deliveries, Clock clock) {
		this.properties = properties;
		this.platforms = platforms;
		this.offers = offers;
		this.deliveries = deliveries;
		this.clock = clock;
	}

	/**
	 * The outcome of a delivery.
	 *
	 * @param status the HTTP status
	 * @param message what happened
	 * @param changes changes applied
	 */
	record Outcome(int status, String message, int changes) {

		static Outcome refused(int status, String message) {
			return new Outcome(status, message, 0);
		}

	}

	Mono<Outcome> receive(String slug, @Nullable String timestamp, @Nullable String signature,
			@Nullable String deliveryId, byte[] body) {
		AvailabilityProperties.Feed feed = this.properties.getFeeds().get(slug);
		if (feed == null || feed.getWebhookSecret().isEmpty()) {
			return Mono.just(Outcome.refused(404, "No webhook for this platform"));
		}
		if (!WebhookSignature.valid(feed.getWebhookSecret(), timestamp, signature, body)) {
			return Mono.just(Outcome.refused(401, "Bad signature"));
		}
		if (!WebhookSignature.fresh(timestamp, this.clock.instant(), this.properties.getWebhook().getTolerance())) {
			return Mono.just(Outcome.refused(401, "Stale timestamp"));
		}
		if (deliveryId == null || deliveryId.isBlank() || deliveryId.length() > 200) {
			return Mono.just(Outcome.refused(401, "Missing delivery id"));
		}
		List<TitleSnapshot> titles;
		try {
			titles = FeedParser.parse(body, true);
		}
		catch (FeedFormatException ex) {
			return Mono.just(Outcome.refused(400, ex.getMessage()));
		}
		String name = (feed.getName() != null) ? feed.getName() : slug;
		return this.platforms.ensure(slug, name)
			.flatMap((platform) -> this.offers.applySnapshots(platform.id(), titles,
					this.deliveries.record(platform.id(), deliveryId, signature)
						.filter((first) -> first)
						.switchIfEmpty(Mono.error(ReplayedDeliveryException::new))
						.then()))
			.map((List<AvailabilityChange> changes) -> new Outcome(200, "Applied", changes.size()))
			.onErrorResume(ReplayedDeliveryException.class,
					(ex) -> Mono.just(Outcome.refused(401, "Delivery already received")));
	}

	private static final class ReplayedDeliveryException extends RuntimeException {

		ReplayedDeliveryException() {
			super("replayed delivery", null, false, false);
		}

	}

}
