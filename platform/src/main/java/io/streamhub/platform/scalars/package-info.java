/**
 * GraphQL scalars shared by the services (the coercing logic; each service registers them
 * with its GraphQL framework).
 */
@NullMarked
package io.streamhub.platform.scalars;

import org.jspecify.annotations.NullMarked;
