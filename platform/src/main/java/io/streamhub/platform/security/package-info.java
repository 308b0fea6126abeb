/**
 * JWT verification (RS256 against a JWKS), roles, and access to the current principal
 * from DGS data fetchers and DataLoaders ({@link io.streamhub.platform.security.Viewer}).
 */
@NullMarked
package io.streamhub.platform.security;

import org.jspecify.annotations.NullMarked;
