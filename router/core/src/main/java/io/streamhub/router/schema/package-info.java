/**
 * API schema (join/link/inaccessible stripped) and introspection answered by the router.
 */
@NullMarked
package io.streamhub.router.schema;

import org.jspecify.annotations.NullMarked;
