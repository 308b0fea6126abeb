/**
 * Federation conformance suite: fixture subgraphs and their expected results.
 */
@NullMarked
package io.streamhub.router.conformance;

import org.jspecify.annotations.NullMarked;
