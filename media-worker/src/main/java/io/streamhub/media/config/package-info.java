/**
 * Configuration of the media worker: properties and the wiring of S3, Redis and the
 * workers.
 */
@NullMarked
package io.streamhub.media.config;

import org.jspecify.annotations.NullMarked;
