package io.streamhub.availability.offer;

import java.time.Instant;

/**
 * A detected change.
 *
 * @param kind what changed
 * @param offer the offer after the change (for REMOVED: the withdrawn offer, with its
 * last terms)
 * @param changedAt when the change was seen
 */
public record AvailabilityChange(ChangeKind kind, Offer offer, Instant changedAt) {

}
