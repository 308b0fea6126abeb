/**
 * Runs the whole platform in one JVM on embedded infrastructure.
 */
@NullMarked
package io.streamhub.local;

import org.jspecify.annotations.NullMarked;
