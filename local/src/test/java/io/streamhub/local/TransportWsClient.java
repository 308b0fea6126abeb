package io.streamhub.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A minimal graphql-transport-ws client on the JDK's WebSocket: connection_init with a
 * bearer token, subscribe, and a queue of what the server sends per operation id.
 */
final class TransportWsClient implements AutoCloseable {

	private final WebSocket socket;

	private final Map<String, BlockingQueue<JsonNode>> byId = new java.util.concurrent.ConcurrentHashMap<>();

	private final BlockingQueue<JsonNode> control = new LinkedBlockingQueue<>();

	private final AtomicInteger ids = new AtomicInteger();

	private TransportWsClient(WebSocket socket) {
		this.socket = socket;
	}

	/**
	 * Connects and waits for {@code connection_ack}.
	 * @param url the gateway's ws:// URL
	 * @param token a bearer token, or null for an anonymous connection
	 * @return the acknowledged client
	 */
	static TransportWsClient connect(String url, @Nullable String token) {
		Listener listener = new Listener();
		WebSocket socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.connectTimeout(Duration.ofSeconds(10))
			.buildAsync(URI.create(url), listener)
			.join();
		TransportWsClient client = new TransportWsClient(socket);
		listener.client = client;
		Map<String, Object> init = new LinkedHashMap<>();
		init.put("type", "connection_init");
		init.put("payload", (token != null) ? Map.of("Authorization", "Bearer " + token) : Map.of());
		client.send(init);
		JsonNode ack = client.poll(client.control, Duration.ofSeconds(20));
		assertThat(ack).as("connection_ack").isNotNull();
		assertThat(ack.get("type").asString()).isEqualTo("connection_ack");
		return client;
	}

	/**
	 * Starts an operation.
	 * @return its id
	 */
	String subscribe(String query, Map<String, Object> variables) {
		String id = Integer.toString(this.ids.incrementAndGet());
		this.byId.put(id, new LinkedBlockingQueue<>());
		send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
		return id;
	}

	/**
	 * The next message for an operation ({@code next}, {@code error} or
	 * {@code complete}).
	 * @return the message, or null if none came in time
	 */
	@Nullable JsonNode next(String id, Duration timeout) {
		return poll(this.byId.get(id), timeout);
	}

	/** Whether a message is already waiting for an operation (nothing is consumed). */
	boolean hasMessage(String id) {
		return !this.byId.get(id).isEmpty();
	}

	private @Nullable JsonNode poll(BlockingQueue<JsonNode> queue, Duration timeout) {
		try {
			return queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void send(Map<String, Object> message) {
		this.socket.sendText(LocalApi.JSON.writeValueAsString(message), true).join();
	}

	private void receive(String text) {
		JsonNode message = LocalApi.JSON.readTree(text);
		String type = message.get("type").asString();
		if (type.equals("ping")) {
			send(Map.of("type", "pong"));
			return;
		}
		JsonNode id = message.get("id");
		BlockingQueue<JsonNode> queue = (id != null) ? this.byId.get(id.asString()) : null;
		((queue != null) ? queue : this.control).add(message);
	}

	@Override
	public void close() {
		this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally((ex) -> null).join();
	}

	private static final class Listener implements WebSocket.Listener {

		private final StringBuilder partial = new StringBuilder();

		private volatile TransportWsClient client;

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				String text = this.partial.toString();
				this.partial.setLength(0);
				this.client.receive(text);
			}
			webSocket.request(1);
			return null;
		}

	}

}
