package io.streamhub.router.execution;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link SubgraphClient} on the JDK's {@link HttpClient}: HTTP/1.1 with pooled keep-alive
 * connections, fully asynchronous ({@code sendAsync}), per-request timeouts. The JDK
 * client needs no extra dependency, its connection pool is shared by all subgraphs and
 * its selector thread never runs our code; responses complete on a small owned executor
 * that {@link #close()} shuts down.
 */
public final class HttpSubgraphClient implements SubgraphClient, AutoCloseable {

	/** Headers the JDK client manages itself (setting them throws). */
	private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
			"content-type", "accept", "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection");

	private final ExecutorService executor;

	private final HttpClient client;

	private HttpSubgraphClient(Duration connectTimeout, int threads) {
		this.executor = Executors.newFixedThreadPool(threads, new DaemonThreads());
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.executor(this.executor)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * A client with a 5 s connect timeout and two threads per core for completions.
	 * @return the client
	 */
	public static HttpSubgraphClient create() {
		return create(Duration.ofSeconds(5));
	}

	/**
	 * A client with the given connect timeout.
	 * @param connectTimeout the TCP connect timeout
	 * @return the client
	 */
	public static HttpSubgraphClient create(Duration connectTimeout) {
		return new HttpSubgraphClient(connectTimeout, Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
	}

	@Override
	public CompletableFuture<SubgraphResponse> send(SubgraphRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(request.url())
			.timeout(request.timeout())
			.header("content-type", "application/json")
			.header("accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
		for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
			addHeader(builder, header.getKey(), header.getValue());
		}
		return this.client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray())
			.thenApply((response) -> new SubgraphResponse(response.statusCode(), response.body(),
					response.headers().map()));
	}

	private static void addHeader(HttpRequest.Builder builder, String name, List<String> values) {
		if (RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
			return;
		}
		for (String value : values) {
			builder.header(name, value);
		}
	}

	/**
	 * Stops the completion threads; in-flight requests are abandoned.
	 */
	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	private static final class DaemonThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable runnable) {
			Thread thread = new Thread(runnable, "subgraph-http-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
