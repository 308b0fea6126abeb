/**
 * The {@code /health} endpoint.
 */
@NullMarked
package io.streamhub.router.server.health;

import org.jspecify.annotations.NullMarked;
