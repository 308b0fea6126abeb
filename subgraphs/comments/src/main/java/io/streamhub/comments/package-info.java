/**
 * StreamHub comments subgraph.
 */
@NullMarked
package io.streamhub.comments;

import org.jspecify.annotations.NullMarked;
