/**
 * Access tokens (RS256 JWT), refresh tokens with rotation and reuse detection, signing
 * keys and the JWKS.
 */
@NullMarked
package io.streamhub.users.token;

import org.jspecify.annotations.NullMarked;
