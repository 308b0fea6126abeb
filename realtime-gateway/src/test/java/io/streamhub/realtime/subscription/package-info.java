/**
 * Tests of subscription planning.
 */
@NullMarked
package io.streamhub.realtime.subscription;

import org.jspecify.annotations.NullMarked;
