package io.streamhub.router.server.headers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.streamhub.router.server.config.HeadersProperties;
import org.jspecify.annotations.Nullable;

/**
 * Applies the configured header rules. Requests: the HTTP layer keeps the client headers
 * some rule reads ({@link #clientHeaders()}) in the engine's request context; the
 * subgraph client turns them into each subgraph's headers ({@link #outgoing}). Responses:
 * the HTTP layer opens a {@link ResponseHeaders} per request (only when some rule passes
 * response headers back), the subgraph client adds what each subgraph answered, and the
 * HTTP layer copies them into the client's response. The request and its sink are matched
 * by an internal header ({@link #EXCHANGE}) that never leaves the router.
 */
public final class HeaderPropagation {

	/** Internal header naming the client request a subgraph request belongs to. */
	public static final String EXCHANGE = "x-streamhub-exchange";

	private final SubgraphHeaderRules defaults;

	private final Map<String, SubgraphHeaderRules> bySubgraph = new HashMap<>();

	private final Set<String> clientHeaders = new LinkedHashSet<>();

	private final boolean propagatesResponses;

	private final Map<String, ResponseHeaders> open = new ConcurrentHashMap<>();

	private final AtomicLong exchanges = new AtomicLong();

	public HeaderPropagation(HeadersProperties properties) {
		this.defaults = SubgraphHeaderRules.compile(properties.getAll(), new HeadersProperties.Rules());
		this.clientHeaders.addAll(this.defaults.clientHeaders());
		boolean responses = !this.defaults.response().isEmpty();
		for (Map.Entry<String, HeadersProperties.Rules> entry : properties.getSubgraphs().entrySet()) {
			SubgraphHeaderRules rules = SubgraphHeaderRules.compile(properties.getAll(), entry.getValue());
			this.bySubgraph.put(entry.getKey(), rules);
			this.clientHeaders.addAll(rules.clientHeaders());
			responses = responses || !rules.response().isEmpty();
		}
		this.propagatesResponses = responses;
	}

	/**
	 * The client request headers some rule reads.
	 * @return lower-case names
	 */
	public Set<String> clientHeaders() {
		return this.clientHeaders;
	}

	/**
	 * The headers of a request to a subgraph.
	 * @param subgraph the subgraph name
	 * @param context the headers the HTTP layer kept (lower-case names)
	 * @return the headers to send
	 */
	public Map<String, List<String>> outgoing(String subgraph, Map<String, List<String>> context) {
		return this.bySubgraph.getOrDefault(subgraph, this.defaults).apply(context);
	}

	/**
	 * Opens the response header sink of a client request, when response propagation is
	 * configured.
	 * @return the sink, or {@code null} when no rule passes response headers back
	 */
	public @Nullable ResponseHeaders open() {
		if (!this.propagatesResponses) {
			return null;
		}
		String key = Long.toString(this.exchanges.incrementAndGet());
		ResponseHeaders sink = new ResponseHeaders(key, () -> this.open.remove(key));
		this.open.put(key, sink);
		return sink;
	}

	/**
	 * Records a subgraph's response headers for the client request it belongs to.
	 * @param subgraph the subgraph name
	 * @param context the request context headers (with {@link #EXCHANGE})
	 * @param response the subgraph's response headers
	 */
	public void received(String subgraph, Map<String, List<String>> context, Map<String, List<String>> response) {
		List<String> exchange = context.get(EXCHANGE);
		ResponseHeaders sink = (exchange != null && !exchange.isEmpty()) ? this.open.get(exchange.get(0)) : null;
		if (sink == null) {
			return;
		}
		Set<String> names = this.bySubgraph.getOrDefault(subgraph, this.defaults).response();
		response.forEach((name, values) -> {
			if (names.contains(SubgraphHeaderRules.lower(name))) {
				sink.add(name, new ArrayList<>(values));
			}
		});
	}

}
