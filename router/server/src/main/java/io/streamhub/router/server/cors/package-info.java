/**
 * The CORS policy of {@code /graphql}.
 */
@NullMarked
package io.streamhub.router.server.cors;

import org.jspecify.annotations.NullMarked;
