/**
 * Configuration properties and infrastructure wiring of the users service.
 */
@NullMarked
package io.streamhub.users.config;

import org.jspecify.annotations.NullMarked;
