package io.streamhub.availability.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.streamhub.availability.config.AvailabilityProperties;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code webhook_delivery}: deliveries applied, by delivery id AND by signature (so
 * that replaying a captured delivery under a new, unsigned, delivery id is refused as
 * well). Rows are written in the transaction of the changes they carry.
 */
@Repository
class WebhookDeliveries {

	private final DatabaseClient db;

	private final AvailabilityProperties properties;

	private final Clock clock;

	WebhookDeliveries(DatabaseClient db, AvailabilityProperties properties, Clock clock) {
		this.db = db;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records a delivery.
	 * @return true the first time; false for a replay
	 */
	Mono<Boolean> record(UUID platformId, String deliveryId, String signature) {
		return this.db
			.sql("INSERT INTO webhook_delivery (platform_id, delivery_id, received_at) VALUES "
					+ "(:platform, :id, :now), (:platform, :signature, :now) ON CONFLICT DO NOTHING")
			.bind("platform", platformId)
			.bind("id", "id:" + deliveryId)
			.bind("signature", "sig:" + signature)
			.bind("now", this.clock.instant())
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows == 2);
	}

	/**
	 * Forgets deliveries whose timestamps are stale by now anyway (received more than
	 * twice the tolerance ago).
	 */
	Mono<Void> purge() {
		Instant before = this.clock.instant().minus(this.properties.getWebhook().getTolerance().multipliedBy(2));
		return this.db.sql("DELETE FROM webhook_delivery WHERE received_at < :before").bind("before", before).then();
	}

}
