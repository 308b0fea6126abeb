/**
 * Bearer token verification against the users service's JWKS.
 */
@NullMarked
package io.streamhub.router.server.security;

import org.jspecify.annotations.NullMarked;
