package io.streamhub.bench.realtime;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import io.streamhub.realtime.RealtimeApplication;
import io.streamhub.router.composition.Composer;
import io.streamhub.router.composition.SubgraphSource;
import io.streamhub.router.execution.Json;

/**
 * Runs the realtime gateway for the benchmark: a stub {@code comments} subgraph answering
 * {@code _entities} (Comment {id body}) on a local port, the supergraph composed from it
 * and {@code schema/realtime.graphqls}, then {@link RealtimeApplication} with the given
 * arguments. Usage: {@code GatewayServer <schema dir> <spring args...>}.
 */
public final class GatewayServer {

	private static final String COMMENTS_SDL = """
			extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
			type Query { comment(id: ID!): Comment }
			type Comment @key(fields: "id") { id: ID! body: String! }
			""";

	private GatewayServer() {
	}

	public static void main(String[] args) throws Exception {
		HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		stub.setExecutor(Executors.newFixedThreadPool(2));
		stub.createContext("/comments", (exchange) -> {
			Map<?, ?> body = (Map<?, ?>) Json.parse(exchange.getRequestBody().readAllBytes());
			Map<?, ?> variables = (Map<?, ?>) body.get("variables");
			List<Object> entities = new ArrayList<>();
			for (Object representation : (List<?>) variables.get("representations")) {
				Object id = ((Map<?, ?>) representation).get("id");
				entities.add(Map.of("__typename", "Comment", "id", id, "body", "Hello from " + id));
			}
			byte[] answer = Json.write(Map.of("data", Map.of("_entities", entities)));
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		stub.start();
		String url = "http://127.0.0.1:" + stub.getAddress().getPort() + "/comments";
		String realtime = Files.readString(Path.of(args[0], "realtime.graphqls"), StandardCharsets.UTF_8);
		String supergraph = Composer.compose(List.of(new SubgraphSource("comments", url, COMMENTS_SDL),
				new SubgraphSource("realtime", "http://127.0.0.1:9/realtime", realtime)));
		Path file = Files.createTempFile("realtime-bench-supergraph", ".graphql");
		Files.writeString(file, supergraph);
		List<String> springArgs = new ArrayList<>(List.of(args).subList(1, args.length));
		springArgs.add("--realtime.supergraph=" + file);
		RealtimeApplication.application()
			.properties("spring.main.banner-mode=off")
			.run(springArgs.toArray(new String[0]));
	}

}
