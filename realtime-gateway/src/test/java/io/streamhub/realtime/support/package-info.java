/**
 * Test support: in-test subgraphs, a raw WebSocket client, the shared gateway context.
 */
@NullMarked
package io.streamhub.realtime.support;

import org.jspecify.annotations.NullMarked;
