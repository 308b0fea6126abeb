/**
 * GraphQL IDs: UUIDs, parsed with errors naming the argument.
 */
@NullMarked
package io.streamhub.platform.ids;

import org.jspecify.annotations.NullMarked;
