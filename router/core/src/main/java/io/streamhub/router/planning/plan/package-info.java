/**
 * Plan nodes: the executable, printable form of a query plan.
 */
@NullMarked
package io.streamhub.router.planning.plan;

import org.jspecify.annotations.NullMarked;
