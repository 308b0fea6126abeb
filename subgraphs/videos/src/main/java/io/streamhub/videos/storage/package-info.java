/**
 * The S3-compatible media store: presigned uploads and playback URLs, HEAD and deletes.
 */
@NullMarked
package io.streamhub.videos.storage;

import org.jspecify.annotations.NullMarked;
