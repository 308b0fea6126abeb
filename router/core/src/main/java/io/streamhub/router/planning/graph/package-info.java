/**
 * Query graph: which subgraph can resolve which field, keys and jumps between subgraphs.
 */
@NullMarked
package io.streamhub.router.planning.graph;

import org.jspecify.annotations.NullMarked;
