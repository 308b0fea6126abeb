/**
 * StreamHub discovery subgraph.
 */
@NullMarked
package io.streamhub.discovery;

import org.jspecify.annotations.NullMarked;
