/**
 * StreamHub benchmarks.
 */
@NullMarked
package io.streamhub.bench;

import org.jspecify.annotations.NullMarked;
