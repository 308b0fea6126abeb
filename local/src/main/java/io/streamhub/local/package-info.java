/**
 * StreamHub local stack.
 */
@NullMarked
package io.streamhub.local;

import org.jspecify.annotations.NullMarked;
