/**
 * The HLS ladder, the single ffmpeg run that produces it, the measured master playlist
 * and the thumbnail.
 */
@NullMarked
package io.streamhub.media.transcode;

import org.jspecify.annotations.NullMarked;
