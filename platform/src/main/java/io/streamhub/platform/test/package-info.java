/**
 * Test support for Spring Boot tests of every service:
 * {@link io.streamhub.platform.test.EmbeddedInfrastructure} (real PostgreSQL/Redis/S3
 * started once per test JVM, a fresh database per Spring context),
 * {@link io.streamhub.platform.test.TestTokens} (a JWKS and token minting) and
 * {@link io.streamhub.platform.test.SqlStatementCounter}.
 */
@NullMarked
package io.streamhub.platform.test;

import org.jspecify.annotations.NullMarked;
