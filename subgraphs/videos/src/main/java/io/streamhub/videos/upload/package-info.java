/**
 * Presigned uploads: createVideoUpload and completeVideoUpload (which queues the
 * transcode job).
 */
@NullMarked
package io.streamhub.videos.upload;

import org.jspecify.annotations.NullMarked;
