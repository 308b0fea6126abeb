/**
 * Fixture subgraphs: data-driven graphql-java + federation-jvm servers over real HTTP
 * that record what they receive.
 */
@NullMarked
package io.streamhub.router.conformance.subgraph;

import org.jspecify.annotations.NullMarked;
