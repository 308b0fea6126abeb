/**
 * GraphiQL at {@code /graphiql}, from assets bundled in the jar (no CDN).
 */
@NullMarked
package io.streamhub.router.server.graphiql;

import org.jspecify.annotations.NullMarked;
