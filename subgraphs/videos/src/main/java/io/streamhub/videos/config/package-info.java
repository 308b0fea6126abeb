/**
 * Configuration properties and infrastructure wiring of the videos service.
 */
@NullMarked
package io.streamhub.videos.config;

import org.jspecify.annotations.NullMarked;
