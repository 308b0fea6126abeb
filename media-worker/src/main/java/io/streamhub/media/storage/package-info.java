/**
 * Downloading sources from and uploading outputs to the S3-compatible store.
 */
@NullMarked
package io.streamhub.media.storage;

import org.jspecify.annotations.NullMarked;
