/**
 * The router server: a Spring Boot WebFlux application serving the federated supergraph
 * over HTTP.
 */
@NullMarked
package io.streamhub.router.server;

import org.jspecify.annotations.NullMarked;
