package io.streamhub.realtime.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.streamhub.realtime.auth.Authenticator;
import io.streamhub.realtime.auth.Identity;
import io.streamhub.realtime.subscription.SubscriptionHub;
import io.streamhub.realtime.subscription.SubscriptionPlanner;
import io.streamhub.router.RouterEngine;
import io.streamhub.router.execution.Json;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;

/**
 * The {@code graphql-transport-ws} endpoint: accepts only that sub-protocol (4406
 * otherwise), then reads messages in order on the socket's event loop. Token verification
 * runs off the event loop; subscriptions go to the {@link SubscriptionHub}, queries and
 * mutations to the engine.
 */
public final class GraphQlTransportWsHandler implements WebSocketHandler {

	/** The sub-protocol. */
	public static final String PROTOCOL = "graphql-transport-ws";

	private static final Log logger = LogFactory.getLog(GraphQlTransportWsHandler.class);

	private final Authenticator authenticator;

	private final Operations operations;

	private final ConnectionLimits limits;

	private final Duration initTimeout;

	private final int outboundLimit;

	private final AtomicLong slowConsumers = new AtomicLong();

	/**
	 * Creates the handler.
	 * @param authenticator verifies tokens
	 * @param engine answers queries and mutations
	 * @param planner plans operations
	 * @param hub serves subscriptions
	 * @param settings the protocol settings
	 */
	public GraphQlTransportWsHandler(Authenticator authenticator, RouterEngine engine, SubscriptionPlanner planner,
			SubscriptionHub hub, Settings settings) {
		this.authenticator = authenticator;
		this.operations = new Operations(engine, planner, hub, settings.maxOperationsPerConnection());
		this.limits = new ConnectionLimits(settings.maxConnectionsPerUser());
		this.initTimeout = settings.initTimeout();
		this.outboundLimit = settings.outboundBufferMessages();
	}

	/**
	 * Connections closed because their outbound buffer was full.
	 * @return the count
	 */
	public long slowConsumerCloses() {
		return this.slowConsumers.get();
	}

	@Override
	public List<String> getSubProtocols() {
		return List.of(PROTOCOL);
	}

	@Override
	public Mono<Void> handle(WebSocketSession session) {
		if (!PROTOCOL.equals(session.getHandshakeInfo().getSubProtocol())) {
			return session.close(new CloseStatus(CloseCodes.SUBPROTOCOL_NOT_ACCEPTABLE, "Subprotocol not acceptable"));
		}
		Connection connection = new Connection(session, this.outboundLimit, this.slowConsumers::incrementAndGet);
		connection.initTimer = Mono.delay(this.initTimeout).subscribe((tick) -> {
			if (!connection.initReceived.get()) {
				connection.close(CloseCodes.INIT_TIMEOUT, "Connection initialisation timeout");
			}
		});
		Mono<Void> input = session.receive()
			.doOnNext((message) -> receive(connection, message))
			.then()
			.doFinally((signal) -> cleanup(connection));
		Mono<Void> output = session.send(connection.outbound());
		return Mono.zip(input, output).then();
	}

	private void receive(Connection connection, WebSocketMessage message) {
		if (message.getType() != WebSocketMessage.Type.TEXT && message.getType() != WebSocketMessage.Type.BINARY) {
			return;
		}
		if (message.getType() == WebSocketMessage.Type.BINARY) {
			connection.close(CloseCodes.BAD_REQUEST, "Binary messages are not supported");
			return;
		}
		Map<?, ?> parsed = parse(message.getPayload());
		if (parsed == null || !(parsed.get("type") instanceof String type)) {
			connection.close(CloseCodes.BAD_REQUEST, "Invalid message received");
			return;
		}
		try {
			dispatch(connection, type, parsed);
		}
		catch (RuntimeException ex) {
			logger.warn("Handling a " + type + " message failed", ex);
			connection.close(CloseCodes.INTERNAL, "Internal error");
		}
	}

	private void dispatch(Connection connection, String type, Map<?, ?> message) {
		switch (type) {
			case "connection_init" -> init(connection, message.get("payload"));
			case "ping" -> ping(connection, message.get("payload"));
			case "pong" -> {
			}
			case "subscribe" -> this.operations.subscribe(connection, message);
			case "complete" -> this.operations.complete(connection, message);
			default -> connection.close(CloseCodes.BAD_REQUEST, "Invalid message type " + type);
		}
	}

	private void init(Connection connection, @Nullable Object payload) {
		if (!connection.initReceived.compareAndSet(false, true)) {
			connection.close(CloseCodes.TOO_MANY_INIT, "Too many initialisation requests");
			return;
		}
		if (payload != null && !(payload instanceof Map)) {
			connection.close(CloseCodes.BAD_REQUEST, "Invalid connection_init payload");
			return;
		}
		Connection.dispose(connection.initTimer);
		Mono.fromCallable(() -> this.authenticator.authenticate(payload))
			.subscribeOn(Schedulers.boundedElastic())
			.subscribe((identity) -> accept(connection, identity),
					(failure) -> connection.close(CloseCodes.FORBIDDEN, "Forbidden"));
	}

	private void accept(Connection connection, Identity identity) {
		if (identity.user() != null) {
			if (!this.limits.tryAcquire(identity.user().id())) {
				connection.close(CloseCodes.FORBIDDEN,
						"Too many connections for this user (max " + this.limits.maxPerUser() + ")");
				return;
			}
			connection.countedUser = identity.user().id();
		}
		if (connection.closed.get()) {
			cleanup(connection);
			return;
		}
		connection.identity = identity;
		scheduleExpiry(connection, identity.expiresAt());
		connection.acknowledged = true;
		connection.sendMessage("connection_ack", null, null);
	}

	/**
	 * Answers a ping with a pong echoing its payload. A ping whose payload carries a
	 * token ({@code {"Authorization": "Bearer …"}}) refreshes the connection's token:
	 * same user → the connection lives until the new expiry; invalid token or another
	 * user → close 4403.
	 */
	private void ping(Connection connection, @Nullable Object payload) {
		connection.sendMessage("pong", null, payload);
		if (!connection.acknowledged || !Authenticator.hasToken(payload)) {
			return;
		}
		Mono.fromCallable(() -> this.authenticator.authenticate(payload))
			.subscribeOn(Schedulers.boundedElastic())
			.subscribe((identity) -> refresh(connection, identity),
					(failure) -> connection.close(CloseCodes.FORBIDDEN, "Forbidden: invalid token"));
	}

	private void refresh(Connection connection, Identity fresh) {
		Identity current = connection.identity;
		if (current.user() == null || fresh.user() == null || !current.user().id().equals(fresh.user().id())) {
			connection.close(CloseCodes.FORBIDDEN, "Forbidden: a refreshed token must be for the same user");
			return;
		}
		connection.identity = fresh;
		scheduleExpiry(connection, fresh.expiresAt());
	}

	private static void scheduleExpiry(Connection connection, @Nullable Instant expiresAt) {
		Connection.dispose(connection.expiryTimer);
		if (expiresAt == null) {
			return;
		}
		Duration left = Duration.between(Instant.now(), expiresAt);
		connection.expiryTimer = Mono.delay(left.isNegative() ? Duration.ZERO : left)
			.subscribe((tick) -> connection.close(CloseCodes.FORBIDDEN, "Forbidden: token expired"));
	}

	private void cleanup(Connection connection) {
		connection.terminate();
		this.operations.cancelAll(connection);
		java.util.UUID user = connection.countedUser;
		if (user != null) {
			connection.countedUser = null;
			this.limits.release(user);
		}
	}

	private static @Nullable Map<?, ?> parse(DataBuffer payload) {
		byte[] bytes = new byte[payload.readableByteCount()];
		payload.read(bytes);
		try {
			return (Json.parse(bytes) instanceof Map<?, ?> map) ? map : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Protocol settings.
	 *
	 * @param initTimeout time allowed for {@code connection_init}
	 * @param maxConnectionsPerUser open connections per signed-in user
	 * @param maxOperationsPerConnection active operations per connection
	 * @param outboundBufferMessages queued messages before a slow client is closed
	 */
	public record Settings(Duration initTimeout, int maxConnectionsPerUser, int maxOperationsPerConnection,
			int outboundBufferMessages) {

	}

}
