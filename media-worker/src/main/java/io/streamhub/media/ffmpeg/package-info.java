/**
 * The ffmpeg executable: the one jave2 ships, or a configured one.
 */
@NullMarked
package io.streamhub.media.ffmpeg;

import org.jspecify.annotations.NullMarked;
