/**
 * Domain events: the envelope, the transactional outbox and its relay to Redis streams
 * ({@code events:<domain>}), consumer groups with redelivery, takeover and
 * dead-lettering, and idempotent handling by event id. Delivery is at least once end to
 * end.
 */
@NullMarked
package io.streamhub.platform.events;

import org.jspecify.annotations.NullMarked;
