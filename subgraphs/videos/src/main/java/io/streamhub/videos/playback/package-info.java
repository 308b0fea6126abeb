/**
 * Playback URLs of READY videos: stream, renditions and thumbnail.
 */
@NullMarked
package io.streamhub.videos.playback;

import org.jspecify.annotations.NullMarked;
