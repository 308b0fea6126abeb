/**
 * End-to-end federation conformance suite: small fixture subgraphs per federation feature
 * area, queried through the router, with exact expected {@code data} and error presence.
 */
@NullMarked
package io.streamhub.router.conformance;

import org.jspecify.annotations.NullMarked;
