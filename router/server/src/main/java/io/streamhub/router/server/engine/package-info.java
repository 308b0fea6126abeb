/**
 * Wiring of the router engine: loading (and if needed composing) the supergraph, subgraph
 * URL overrides, engine options.
 */
@NullMarked
package io.streamhub.router.server.engine;

import org.jspecify.annotations.NullMarked;
