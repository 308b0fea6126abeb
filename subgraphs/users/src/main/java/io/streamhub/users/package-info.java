/**
 * StreamHub users subgraph.
 */
@NullMarked
package io.streamhub.users;

import org.jspecify.annotations.NullMarked;
