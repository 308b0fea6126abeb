/**
 * Who is connected: tokens of {@code connection_init} (and of refreshing pings) verified
 * with the users JWKS.
 */
@NullMarked
package io.streamhub.realtime.auth;

import org.jspecify.annotations.NullMarked;
