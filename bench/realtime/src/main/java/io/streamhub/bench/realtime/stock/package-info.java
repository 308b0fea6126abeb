/**
 * The peer: a stock Spring for GraphQL WebSocket endpoint serving the same subscription.
 */
@NullMarked
package io.streamhub.bench.realtime.stock;

import org.jspecify.annotations.NullMarked;
