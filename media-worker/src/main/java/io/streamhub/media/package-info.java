/**
 * The media worker: turns uploaded sources into an HLS ladder and a thumbnail in S3, and
 * reports back on {@code events:media}. A separate artifact because jave2 and its bundled
 * ffmpeg are GPL-3.
 */
@NullMarked
package io.streamhub.media;

import org.jspecify.annotations.NullMarked;
