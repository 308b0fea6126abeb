/**
 * StreamHub availability subgraph.
 */
@NullMarked
package io.streamhub.availability;

import org.jspecify.annotations.NullMarked;
