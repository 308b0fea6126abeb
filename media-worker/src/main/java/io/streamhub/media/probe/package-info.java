/**
 * Probing a source file with jave2: duration, display size, rotation, codecs, audio.
 */
@NullMarked
package io.streamhub.media.probe;

import org.jspecify.annotations.NullMarked;
