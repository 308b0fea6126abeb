package io.streamhub.realtime.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.streamhub.router.execution.Json;
import org.jspecify.annotations.Nullable;

/**
 * A raw WebSocket client (JDK {@link WebSocket}) speaking graphql-transport-ws by hand:
 * every message received is queued, the close code and reason are kept.
 */
public final class TestSocket implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();

	private final CompletableFuture<Close> closed = new CompletableFuture<>();

	private final WebSocket socket;

	private volatile boolean paused;

	private TestSocket(URI uri, String... protocols) {
		WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(TIMEOUT);
		if (protocols.length > 0) {
			builder.subprotocols(protocols[0], java.util.Arrays.copyOfRange(protocols, 1, protocols.length));
		}
		this.socket = builder.buildAsync(uri, new Listener()).orTimeout(10, TimeUnit.SECONDS).join();
	}

	public static TestSocket open(int port) {
		return new TestSocket(URI.create("ws://127.0.0.1:" + port + "/graphql"), "graphql-transport-ws");
	}

	public static TestSocket open(int port, String... protocols) {
		return new TestSocket(URI.create("ws://127.0.0.1:" + port + "/graphql"), protocols);
	}

	/**
	 * Opens a socket, inits it with a token (or anonymously) and waits for the ack.
	 * @param port the gateway port
	 * @param token the token, or {@code null}
	 * @return the acknowledged socket
	 */
	public static TestSocket acknowledged(int port, @Nullable String token) {
		TestSocket socket = open(port);
		socket.init(token);
		Map<String, Object> ack = socket.next();
		if (!"connection_ack".equals(ack.get("type"))) {
			throw new IllegalStateException("Expected connection_ack, got " + ack);
		}
		return socket;
	}

	/**
	 * Stops reading from the network after the next message (a client that does not keep
	 * up).
	 */
	public void pause() {
		this.paused = true;
	}

	public String protocol() {
		return this.socket.getSubprotocol();
	}

	public void init(@Nullable String token) {
		send((token != null) ? Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + token))
				: Map.of("type", "connection_init"));
	}

	public void subscribe(String id, String query, Map<String, Object> variables) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("query", query);
		payload.put("variables", variables);
		send(Map.of("id", id, "type", "subscribe", "payload", payload));
	}

	public void complete(String id) {
		send(Map.of("id", id, "type", "complete"));
	}

	public void send(Map<String, Object> message) {
		sendText(new String(Json.write(message), java.nio.charset.StandardCharsets.UTF_8));
	}

	public void sendText(String text) {
		this.socket.sendText(text, true).orTimeout(10, TimeUnit.SECONDS).join();
	}

	/**
	 * The next message.
	 * @return the message
	 * @throws IllegalStateException when none arrives within 10 s
	 */
	public Map<String, Object> next() {
		try {
			Map<String, Object> message = this.messages.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			if (message == null) {
				throw new IllegalStateException("No message within " + TIMEOUT
						+ (this.closed.isDone() ? " (socket closed: " + this.closed.getNow(null) + ")" : ""));
			}
			return message;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Messages received so far and not yet taken.
	 * @return the messages
	 */
	public List<Map<String, Object>> pending() {
		return List.copyOf(this.messages);
	}

	public Close awaitClose() {
		return this.closed.orTimeout(15, TimeUnit.SECONDS).join();
	}

	public boolean isOpen() {
		return !this.closed.isDone();
	}

	@Override
	public void close() {
		if (!this.socket.isOutputClosed()) {
			this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
		}
		this.socket.abort();
	}

	/**
	 * How the server closed the socket.
	 *
	 * @param code the close code
	 * @param reason the reason
	 */
	public record Close(int code, String reason) {

	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		@Override
		@SuppressWarnings("unchecked")
		public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.text.append(data);
			if (last) {
				String message = this.text.toString();
				this.text.setLength(0);
				TestSocket.this.messages
					.add((Map<String, Object>) Json.parse(message.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			}
			if (!TestSocket.this.paused) {
				webSocket.request(1);
			}
			return null;
		}

		@Override
		public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			TestSocket.this.closed.complete(new Close(statusCode, reason));
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			TestSocket.this.closed.complete(new Close(-1, String.valueOf(error)));
		}

	}

}
