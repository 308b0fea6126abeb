/**
 * Header propagation between clients and subgraphs, both ways, per subgraph rules.
 */
@NullMarked
package io.streamhub.router.server.headers;

import org.jspecify.annotations.NullMarked;
