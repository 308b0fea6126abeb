/**
 * Execution of query plans: subgraph client SPI, HTTP client, response merging, null
 * propagation.
 */
@NullMarked
package io.streamhub.router.execution;

import org.jspecify.annotations.NullMarked;
