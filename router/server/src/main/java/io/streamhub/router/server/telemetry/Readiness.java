package io.streamhub.router.server.telemetry;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.streamhub.router.server.runtime.EngineReference;
import io.streamhub.router.supergraph.SubgraphInfo;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Readiness: a supergraph is loaded and every subgraph answers {@code {__typename}} with
 * a 2xx within the probe timeout. A probe's result is reused for a while, so frequent
 * checks by an orchestrator do not load the subgraphs.
 */
final class Readiness {

	private static final byte[] PROBE = "{\"query\":\"{__typename}\"}"
		.getBytes(java.nio.charset.StandardCharsets.UTF_8);

	private final EngineReference engines;

	private final HttpClient client;

	private final Duration timeout;

	private final Duration cacheTtl;

	private volatile @Nullable Result last;

	Readiness(EngineReference engines, Duration timeout, Duration cacheTtl) {
		this.engines = engines;
		this.timeout = timeout;
		this.cacheTtl = cacheTtl;
		this.client = HttpClient.create()
			.headers((headers) -> headers.set("Content-Type", "application/json").set("Accept", "application/json"));
	}

	Mono<Result> check() {
		Result last = this.last;
		if (last != null && System.nanoTime() - last.checkedAt() < this.cacheTtl.toNanos()) {
			return Mono.just(last);
		}
		List<SubgraphInfo> subgraphs = this.engines.current().supergraph().subgraphs();
		return Flux.fromIterable(subgraphs)
			.flatMap((subgraph) -> probe(subgraph).map((up) -> Map.entry(subgraph.name(), up)))
			.collectList()
			.map((entries) -> {
				Map<String, String> states = new LinkedHashMap<>();
				entries.forEach((entry) -> states.put(entry.getKey(), entry.getValue() ? "UP" : "DOWN"));
				Result result = new Result(!states.containsValue("DOWN"), states, System.nanoTime());
				this.last = result;
				return result;
			});
	}

	private Mono<Boolean> probe(SubgraphInfo subgraph) {
		return this.client.post()
			.uri(subgraph.url())
			.send(Mono.just(io.netty.buffer.Unpooled.wrappedBuffer(PROBE)))
			.responseSingle((response, body) -> Mono.just(response.status().code() / 100 == 2))
			.timeout(this.timeout)
			.onErrorReturn(false);
	}

	record Result(boolean ready, Map<String, String> subgraphs, long checkedAt) {

		Map<String, Object> toMap() {
			return Map.of("status", this.ready ? "READY" : "NOT_READY", "subgraphs", this.subgraphs);
		}

	}

}
