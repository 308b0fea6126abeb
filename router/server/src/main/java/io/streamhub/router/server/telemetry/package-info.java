/**
 * Prometheus metrics, readiness and the access log.
 */
@NullMarked
package io.streamhub.router.server.telemetry;

import org.jspecify.annotations.NullMarked;
