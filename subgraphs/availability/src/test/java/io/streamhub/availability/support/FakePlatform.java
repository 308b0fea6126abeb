package io.streamhub.availability.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for a platform's feed ({@code GET /v1/titles?ids=...}):
 * it serves a catalogue the test sets, or fails (500), or holds requests until released.
 */
public final class FakePlatform {

	/** How the platform behaves. */
	public enum Mode {

		/** Answers from its catalogue. */
		GOOD,

		/** Answers 500 to everything. */
		FAILING,

		/** Answers from its catalogue, once released when holding. */
		SLOW

	}

	private final Mode mode;

	private final String expectedAuth;

	private final HttpServer server;

	private final Map<UUID, String> catalogue = new ConcurrentHashMap<>();

	private final AtomicInteger requests = new AtomicInteger();

	private volatile CountDownLatch gate = new CountDownLatch(0);

	FakePlatform(Mode mode, String expectedAuth) {
		this.mode = mode;
		this.expectedAuth = expectedAuth;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.setExecutor(Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "fake-platform-" + mode);
			thread.setDaemon(true);
			return thread;
		}));
		this.server.createContext("/v1/titles", this::handle);
		this.server.start();
	}

	/** The base URL to configure. */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Requests received so far. */
	public int requests() {
		return this.requests.get();
	}

	/**
	 * Sets what the platform offers of a video: offers as JSON objects of the feed format
	 * (no offers: offered nowhere).
	 */
	public void offer(UUID videoId, String... offers) {
		this.catalogue.put(videoId, "[" + String.join(",", offers) + "]");
	}

	/** Holds every request from now until {@link #release()}. */
	public void hold() {
		this.gate = new CountDownLatch(1);
	}

	/** Lets held requests go. */
	public void release() {
		this.gate.countDown();
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		try (exchange) {
			if (this.mode == Mode.FAILING) {
				respond(exchange, 500, "{\"error\":\"down\"}");
				return;
			}
			if (!this.expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				respond(exchange, 401, "{\"error\":\"unauthorized\"}");
				return;
			}
			await();
			respond(exchange, 200, titles(exchange.getRequestURI().getRawQuery()));
		}
	}

	private void await() {
		try {
			this.gate.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String titles(String query) {
		List<String> titles = new ArrayList<>();
		String ids = URLDecoder.decode(query.substring(query.indexOf("ids=") + 4), StandardCharsets.UTF_8);
		for (String id : ids.split(",")) {
			String offers = this.catalogue.get(UUID.fromString(id));
			if (offers != null) {
				titles.add("{\"videoId\":\"" + id + "\",\"offers\":" + offers + "}");
			}
		}
		return "{\"titles\":[" + String.join(",", titles) + "]}";
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
