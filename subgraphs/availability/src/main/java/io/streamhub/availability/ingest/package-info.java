/**
 * Ingestion from the platforms: the HTTP JSON feed adapters (circuit breaker and rate
 * limit per platform), the sync scheduler by priority tier, and the signed webhook.
 */
@NullMarked
package io.streamhub.availability.ingest;

import org.jspecify.annotations.NullMarked;
