/**
 * A tiny DGS service using every platform feature, for integration tests.
 */
@NullMarked
package io.streamhub.platform.integration;

import org.jspecify.annotations.NullMarked;
