/**
 * Demo data: accounts created through the public GraphQL API.
 */
@NullMarked
package io.streamhub.local.seed;

import org.jspecify.annotations.NullMarked;
