/**
 * StreamHub platform library.
 */
@NullMarked
package io.streamhub.platform;

import org.jspecify.annotations.NullMarked;
