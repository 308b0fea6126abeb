/**
 * The Redis event streams tailed with XREAD and turned into subscription events.
 */
@NullMarked
package io.streamhub.realtime.events;

import org.jspecify.annotations.NullMarked;
