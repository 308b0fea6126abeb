/**
 * StreamHub videos subgraph.
 */
@NullMarked
package io.streamhub.videos;

import org.jspecify.annotations.NullMarked;
