package io.streamhub.router.server.engine;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.streamhub.router.execution.SubgraphClient;
import io.streamhub.router.execution.SubgraphRequest;
import io.streamhub.router.execution.SubgraphResponse;
import io.streamhub.router.server.headers.HeaderPropagation;
import io.streamhub.router.server.telemetry.RouterMetrics;

/**
 * What the router adds around each subgraph request: the subgraph's headers from the
 * propagation rules (the engine hands over the request context's headers), the subgraph's
 * response headers collected for the client, and the fetch metrics.
 */
final class RoutingSubgraphClient implements SubgraphClient {

	private final SubgraphClient delegate;

	private final HeaderPropagation headers;

	private final RouterMetrics metrics;

	RoutingSubgraphClient(SubgraphClient delegate, HeaderPropagation headers, RouterMetrics metrics) {
		this.delegate = delegate;
		this.headers = headers;
		this.metrics = metrics;
	}

	@Override
	public CompletableFuture<SubgraphResponse> send(SubgraphRequest request) {
		SubgraphRequest outgoing = new SubgraphRequest(request.subgraph(), request.url(), request.body(),
				this.headers.outgoing(request.subgraph(), request.headers()), request.timeout(),
				request.deduplicable());
		long started = System.nanoTime();
		return this.delegate.send(outgoing).whenComplete((response, failure) -> {
			String outcome = (failure != null) ? "failed"
					: (response.status() / 100 == 2) ? "ok" : "http_" + response.status();
			this.metrics.subgraphRequest(request.subgraph(), outcome, Duration.ofNanos(System.nanoTime() - started));
			if (response != null) {
				this.headers.received(request.subgraph(), request.headers(), response.headers());
			}
		});
	}

}
