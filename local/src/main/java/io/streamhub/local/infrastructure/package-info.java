/**
 * Embedded PostgreSQL, Redis and S3-compatible store for the local stack, started in
 * parallel.
 */
@NullMarked
package io.streamhub.local.infrastructure;

import org.jspecify.annotations.NullMarked;
