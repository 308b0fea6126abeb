/**
 * Satisfiability: whether every query of the API schema can be planned over the
 * subgraphs.
 */
@NullMarked
package io.streamhub.router.composition.satisfiability;

import org.jspecify.annotations.NullMarked;
