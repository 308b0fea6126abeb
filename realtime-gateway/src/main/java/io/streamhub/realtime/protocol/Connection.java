package io.streamhub.realtime.protocol;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.streamhub.realtime.auth.Identity;
import io.streamhub.realtime.subscription.SubscriberSink;
import io.streamhub.realtime.subscription.SubscriptionHub;
import io.streamhub.router.GraphQlError;
import io.streamhub.router.GraphQlResponse;
import io.streamhub.router.execution.Json;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;

/**
 * The state of one socket: small on purpose (one per client, 20k per instance). Outbound
 * messages go through a queue bounded by a counter: when a client stops reading and the
 * queue reaches its limit, the socket is closed with {@link CloseCodes#SLOW_CONSUMER}
 * instead of growing memory.
 */
final class Connection implements SubscriberSink {

	private static final byte[] NEXT_PREFIX = "{\"id\":".getBytes(StandardCharsets.UTF_8);

	private static final byte[] NEXT_MIDDLE = ",\"type\":\"next\",\"payload\":".getBytes(StandardCharsets.UTF_8);

	private final WebSocketSession session;

	private final Sinks.Many<WebSocketMessage> outbound = Sinks.many()
		.unicast()
		.onBackpressureBuffer(Queues.<WebSocketMessage>unbounded(64).get());

	private final AtomicInteger pending = new AtomicInteger();

	private final int limit;

	private final Runnable onSlowConsumer;

	final AtomicBoolean initReceived = new AtomicBoolean();

	final AtomicBoolean closed = new AtomicBoolean();

	volatile boolean acknowledged;

	volatile Identity identity = Identity.anonymous();

	volatile @Nullable UUID countedUser;

	volatile @Nullable Disposable initTimer;

	volatile @Nullable Disposable expiryTimer;

	final Map<String, Operation> operations = new ConcurrentHashMap<>(4);

	Connection(WebSocketSession session, int limit, Runnable onSlowConsumer) {
		this.session = session;
		this.limit = limit;
		this.onSlowConsumer = onSlowConsumer;
	}

	Flux<WebSocketMessage> outbound() {
		return this.outbound.asFlux().doOnNext((message) -> this.pending.decrementAndGet());
	}

	@Override
	public void next(String id, byte[] payload) {
		Operation operation = this.operations.get(id);
		if (operation == null) {
			return;
		}
		byte[] prefix = operation.nextPrefix(id);
		byte[] frame = new byte[prefix.length + payload.length + 1];
		System.arraycopy(prefix, 0, frame, 0, prefix.length);
		System.arraycopy(payload, 0, frame, prefix.length, payload.length);
		frame[frame.length - 1] = '}';
		send(frame);
	}

	@Override
	public Map<String, List<String>> headers() {
		return this.identity.headers();
	}

	void sendMessage(String type, @Nullable String id, @Nullable Object payload) {
		Map<String, @Nullable Object> message = new LinkedHashMap<>();
		if (id != null) {
			message.put("id", id);
		}
		message.put("type", type);
		if (payload != null) {
			message.put("payload", payload);
		}
		send(Json.write(message));
	}

	void sendErrors(String id, List<GraphQlError> errors) {
		sendMessage("error", id, GraphQlResponse.ofErrors(errors).toMap().get("errors"));
	}

	void send(byte[] json) {
		if (this.closed.get()) {
			return;
		}
		if (this.pending.incrementAndGet() > this.limit) {
			if (!this.closed.get()) {
				this.onSlowConsumer.run();
			}
			close(CloseCodes.SLOW_CONSUMER, "Slow consumer: outbound buffer full");
			return;
		}
		WebSocketMessage message = new WebSocketMessage(WebSocketMessage.Type.TEXT,
				this.session.bufferFactory().wrap(json));
		synchronized (this) {
			this.outbound.tryEmitNext(message);
		}
	}

	void close(int code, String reason) {
		if (this.closed.compareAndSet(false, true)) {
			this.session.close(new CloseStatus(code, reason)).subscribe();
		}
	}

	/**
	 * Ends the outbound stream (the socket is gone).
	 */
	void terminate() {
		this.closed.set(true);
		synchronized (this) {
			this.outbound.tryEmitComplete();
		}
		dispose(this.initTimer);
		dispose(this.expiryTimer);
	}

	static void dispose(@Nullable Disposable disposable) {
		if (disposable != null) {
			disposable.dispose();
		}
	}

	/**
	 * An active operation: a subscription (with its registration once subscribed) or a
	 * query/mutation in flight.
	 */
	static final class Operation {

		volatile SubscriptionHub.@Nullable Registration registration;

		private volatile byte @Nullable [] nextPrefix;

		/**
		 * {@code {"id":<id>,"type":"next","payload":}}, computed once per operation: the
		 * fan-out only appends each event's shared payload.
		 */
		byte[] nextPrefix(String id) {
			byte[] prefix = this.nextPrefix;
			if (prefix == null) {
				byte[] idJson = Json.write(id);
				prefix = new byte[NEXT_PREFIX.length + idJson.length + NEXT_MIDDLE.length];
				System.arraycopy(NEXT_PREFIX, 0, prefix, 0, NEXT_PREFIX.length);
				System.arraycopy(idJson, 0, prefix, NEXT_PREFIX.length, idJson.length);
				System.arraycopy(NEXT_MIDDLE, 0, prefix, NEXT_PREFIX.length + idJson.length, NEXT_MIDDLE.length);
				this.nextPrefix = prefix;
			}
			return prefix;
		}

	}

}
