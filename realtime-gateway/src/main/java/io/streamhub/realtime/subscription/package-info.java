/**
 * Subscriptions: planning with the federation engine, shared executions per (document,
 * variables, scope), fan-out.
 */
@NullMarked
package io.streamhub.realtime.subscription;

import org.jspecify.annotations.NullMarked;
