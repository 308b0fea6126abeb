/**
 * Configuration properties and infrastructure wiring of the comments service.
 */
@NullMarked
package io.streamhub.comments.config;

import org.jspecify.annotations.NullMarked;
