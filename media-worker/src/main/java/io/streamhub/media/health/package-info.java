/**
 * Health indicators (ffmpeg, Redis, S3) and the worker's metrics.
 */
@NullMarked
package io.streamhub.media.health;

import org.jspecify.annotations.NullMarked;
