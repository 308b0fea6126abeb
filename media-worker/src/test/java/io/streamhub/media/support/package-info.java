/**
 * Test support: generated clips, ffprobe, the worker under test with real Redis and S3.
 */
@NullMarked
package io.streamhub.media.support;

import org.jspecify.annotations.NullMarked;
