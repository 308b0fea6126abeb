/**
 * StreamHub media worker.
 */
@NullMarked
package io.streamhub.media;

import org.jspecify.annotations.NullMarked;
