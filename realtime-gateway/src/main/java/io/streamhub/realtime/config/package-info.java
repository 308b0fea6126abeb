/**
 * Configuration: properties, the engine built from the supergraph, the WebSocket endpoint
 * and the event reader.
 */
@NullMarked
package io.streamhub.realtime.config;

import org.jspecify.annotations.NullMarked;
