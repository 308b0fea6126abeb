/**
 * Configuration properties and infrastructure wiring of the availability service.
 */
@NullMarked
package io.streamhub.availability.config;

import org.jspecify.annotations.NullMarked;
