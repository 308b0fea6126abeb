/**
 * The public gateway benchmark's four subgraphs (accounts, inventory, products, reviews)
 * as lightweight Java servers, so that every gateway under test talks to the same, cheap
 * backends.
 */
@NullMarked
package io.streamhub.bench.gateway;

import org.jspecify.annotations.NullMarked;
