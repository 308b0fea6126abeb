package io.streamhub.bench.realtime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.resources.ConnectionProvider;

/**
 * N graphql-transport-ws clients on Reactor Netty (two event-loop threads for all), each
 * with one {@code commentAdded} subscription. Records, per client, when the current
 * round's event arrived.
 */
final class Subscribers implements AutoCloseable {

	private static final String INIT = "{\"type\":\"connection_init\"}";

	private final HttpClient.WebsocketSender http;

	private final String subscribe;

	private final List<Disposable> connections = new ArrayList<>();

	private final AtomicInteger received = new AtomicInteger();

	private final AtomicInteger failures = new AtomicInteger();

	private volatile long[] receipts = new long[0];

	Subscribers(String url, String videoId) {
		this.http = HttpClient.create(ConnectionProvider.newConnection())
			.websocket(WebsocketClientSpec.builder().protocols("graphql-transport-ws").build())
			.uri(url);
		this.subscribe = "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
				+ "\"subscription($v: ID!) { commentAdded(videoId: $v) { id body } }\",\"variables\":{\"v\":\""
				+ videoId + "\"}}}";
	}

	int size() {
		return this.connections.size();
	}

	int failures() {
		return this.failures.get();
	}

	/**
	 * Opens clients until there are {@code total}, at most 200 handshakes at a time;
	 * returns once each has been acknowledged and has sent its subscription.
	 */
	void openUpTo(int total, Duration timeout) {
		long[] grown = new long[total];
		System.arraycopy(this.receipts, 0, grown, 0, this.receipts.length);
		this.receipts = grown;
		int from = this.connections.size();
		Flux.range(from, total - from).flatMap(this::open, 200).then().block(timeout);
	}

	private Mono<Void> open(int index) {
		return Mono.create((acked) -> {
			Disposable connection = this.http.handle((in, out) -> {
				Sinks.One<String> subscription = Sinks.one();
				Mono<Void> send = out
					.sendString(Flux.concat(Mono.just(INIT), subscription.asMono()), StandardCharsets.UTF_8)
					.then()
					.then(Mono.never());
				Mono<Void> receive = in.receive().asString().doOnNext((text) -> {
					if (text.contains("\"next\"")) {
						this.receipts[index] = System.nanoTime();
						this.received.incrementAndGet();
					}
					else if (text.contains("connection_ack")) {
						subscription.tryEmitValue(this.subscribe);
						acked.success();
					}
				}).then();
				return Mono.when(send, receive);
			}).subscribe(null, (failure) -> {
				this.failures.incrementAndGet();
				acked.success();
			});
			synchronized (this.connections) {
				this.connections.add(connection);
			}
		});
	}

	void startRound() {
		this.received.set(0);
		java.util.Arrays.fill(this.receipts, 0L);
	}

	int received() {
		return this.received.get();
	}

	long[] receipts() {
		return this.receipts;
	}

	@Override
	public void close() {
		synchronized (this.connections) {
			this.connections.forEach(Disposable::dispose);
			this.connections.clear();
		}
	}

}
