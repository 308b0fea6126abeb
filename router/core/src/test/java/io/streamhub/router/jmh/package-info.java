/**
 * JMH benchmarks of the engine (run by
 * {@link io.streamhub.router.jmh.RouterBenchmarks#main}, never by surefire).
 */
@NullMarked
package io.streamhub.router.jmh;

import org.jspecify.annotations.NullMarked;
