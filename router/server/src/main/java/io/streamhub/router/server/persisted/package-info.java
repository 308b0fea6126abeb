/**
 * Persisted operations (a manifest in Apollo's persisted query list format, ids-only for
 * partners, hot reloaded, plans warmed) and automatic persisted queries (APQ) for
 * first-party apps.
 */
@NullMarked
package io.streamhub.router.server.persisted;

import org.jspecify.annotations.NullMarked;
