/**
 * A command line around the worker's transcoding (no Redis, no S3): for operators and for
 * bench/media.
 */
@NullMarked
package io.streamhub.media.cli;

import org.jspecify.annotations.NullMarked;
