/**
 * StreamHub realtime gateway.
 */
@NullMarked
package io.streamhub.realtime;

import org.jspecify.annotations.NullMarked;
