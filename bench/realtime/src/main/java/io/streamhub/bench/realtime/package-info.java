/**
 * The realtime fan-out benchmark: launchers of the two servers and the client driver.
 */
@NullMarked
package io.streamhub.bench.realtime;

import org.jspecify.annotations.NullMarked;
