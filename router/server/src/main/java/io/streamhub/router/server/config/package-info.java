/**
 * The router's configuration properties ({@code router.*}).
 */
@NullMarked
package io.streamhub.router.server.config;

import org.jspecify.annotations.NullMarked;
