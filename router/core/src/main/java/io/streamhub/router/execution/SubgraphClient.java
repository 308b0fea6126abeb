package io.streamhub.router.execution;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one GraphQL request to one subgraph. Implementations must not block the caller.
 */
public interface SubgraphClient {

	/**
	 * Sends the request.
	 * @param request the request (body is a UTF-8 GraphQL-over-HTTP JSON body)
	 * @return the response; completes exceptionally on transport failure or timeout
	 */
	CompletableFuture<SubgraphResponse> send(SubgraphRequest request);

}
