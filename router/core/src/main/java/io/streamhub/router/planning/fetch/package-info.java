/**
 * Fetch graph: the subgraph fetches of a plan and their dependencies.
 */
@NullMarked
package io.streamhub.router.planning.fetch;

import org.jspecify.annotations.NullMarked;
