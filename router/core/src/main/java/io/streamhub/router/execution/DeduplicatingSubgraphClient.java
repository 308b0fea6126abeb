package io.streamhub.router.execution;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Shares one subgraph round trip among identical requests in flight: a deduplicable
 * request (a fetch of a query) whose subgraph URL, body and headers equal those of a
 * request still waiting for its answer gets that answer instead of a request of its own.
 * Under load many clients send the same operation (a home page, a popular video), and
 * their fetches collapse into one per subgraph while it is in flight; nothing is cached
 * once it is answered.
 *
 * <p>
 * Headers are part of the identity (callers with different credentials never share),
 * except per-request tracing headers ({@code x-request-id}, {@code traceparent},
 * {@code tracestate} by default): a follower's request is not sent, so the subgraph sees
 * only the first request's ids. Mutations, and anything not marked
 * {@link SubgraphRequest#deduplicable()}, always go out.
 */
public final class DeduplicatingSubgraphClient implements SubgraphClient {

	/** Headers that differ per client request and are left out of the identity. */
	public static final Set<String> TRACING_HEADERS = Set.of("x-request-id", "traceparent", "tracestate");

	private final SubgraphClient delegate;

	private final Set<String> ignoredHeaders;

	private final Map<Key, CompletableFuture<SubgraphResponse>> inFlight = new ConcurrentHashMap<>();

	private final LongAdder shared = new LongAdder();

	/**
	 * A client sharing identical requests in flight.
	 * @param delegate where requests go
	 * @param ignoredHeaders header names (any case) left out of a request's identity
	 */
	public DeduplicatingSubgraphClient(SubgraphClient delegate, Set<String> ignoredHeaders) {
		this.delegate = delegate;
		this.ignoredHeaders = ignoredHeaders.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public CompletableFuture<SubgraphResponse> send(SubgraphRequest request) {
		if (!request.deduplicable()) {
			return this.delegate.send(request);
		}
		Key key = new Key(request.url(), request.body(), identity(request.headers()));
		CompletableFuture<SubgraphResponse> created = new CompletableFuture<>();
		CompletableFuture<SubgraphResponse> shared = this.inFlight.putIfAbsent(key, created);
		if (shared != null) {
			this.shared.increment();
			return shared.thenApply((response) -> response);
		}
		CompletableFuture<SubgraphResponse> sent;
		try {
			sent = this.delegate.send(request);
		}
		catch (RuntimeException ex) {
			sent = CompletableFuture.failedFuture(ex);
		}
		sent.whenComplete((response, failure) -> {
			this.inFlight.remove(key, created);
			if (failure != null) {
				created.completeExceptionally(failure);
			}
			else {
				created.complete(response);
			}
		});
		return created.thenApply((response) -> response);
	}

	/** How many distinct requests are waiting for their answer (metrics, tests). */
	public int inFlight() {
		return this.inFlight.size();
	}

	/** How many requests were answered by an identical one instead of being sent. */
	public long sharedCount() {
		return this.shared.sum();
	}

	private Map<String, List<String>> identity(Map<String, List<String>> headers) {
		Map<String, List<String>> identity = new TreeMap<>();
		headers.forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!this.ignoredHeaders.contains(lower)) {
				identity.put(lower, values);
			}
		});
		return identity;
	}

	/** A request's identity; the body is compared by content. */
	private record Key(URI url, byte[] body, Map<String, List<String>> headers) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.url.equals(key.url) && Arrays.equals(this.body, key.body)
					&& this.headers.equals(key.headers);
		}

		@Override
		public int hashCode() {
			return (this.url.hashCode() * 31 + Arrays.hashCode(this.body)) * 31 + this.headers.hashCode();
		}

	}

}
