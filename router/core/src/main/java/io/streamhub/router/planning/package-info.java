/**
 * Query planning: operation + supergraph to a
 * {@link io.streamhub.router.planning.QueryPlan}.
 */
@NullMarked
package io.streamhub.router.planning;

import org.jspecify.annotations.NullMarked;
