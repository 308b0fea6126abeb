package io.streamhub.router.composition;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupergraphConfigTests {

	@TempDir
	Path dir;

	@Test
	void readsSchemaFilesRelativeToTheYamlDirectory() throws IOException {
		Files.createDirectories(this.dir.resolve("schema"));
		Files.createDirectories(this.dir.resolve("router"));
		Files.writeString(this.dir.resolve("schema/users.graphqls"), "type Query { me: String }");
		Files.writeString(this.dir.resolve("schema/videos.graphqls"), "type Query { videos: [String] }");
		Path yaml = this.dir.resolve("router/supergraph.yaml");
		Files.writeString(yaml, """
				federation_version: =2.9.0
				subgraphs:
				  users:
				    routing_url: http://localhost:4001/graphql
				    schema:
				      file: ../schema/users.graphqls
				  videos:
				    routing_url: http://localhost:4002/graphql
				    schema:
				      file: ../schema/videos.graphqls
				""");
		SupergraphConfig config = SupergraphConfig.read(yaml);
		assertThat(config.federationVersion()).isEqualTo("=2.9.0");
		assertThat(config.load()).containsExactly(
				new SubgraphSource("users", "http://localhost:4001/graphql", "type Query { me: String }"),
				new SubgraphSource("videos", "http://localhost:4002/graphql", "type Query { videos: [String] }"));
	}

	@Test
	void fetchesServiceSdlFromSubgraphUrl() throws IOException {
		AtomicReference<String> request = new AtomicReference<>();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/graphql", (exchange) -> {
			request.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			byte[] body = "{\"data\":{\"_service\":{\"sdl\":\"type Query {\\n  hello: String\\n}\"}}}"
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/graphql";
			Path yaml = this.dir.resolve("supergraph.yaml");
			Files.writeString(yaml, """
					subgraphs:
					  hello:
					    schema:
					      subgraph_url: %s
					""".formatted(url));
			List<SubgraphSource> sources = SupergraphConfig.read(yaml).load();
			assertThat(sources).containsExactly(new SubgraphSource("hello", url, "type Query {\n  hello: String\n}"));
			assertThat(request.get()).contains("_service").contains("sdl");
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void rejectsSubgraphWithoutSchemaSource() throws IOException {
		Path yaml = this.dir.resolve("supergraph.yaml");
		Files.writeString(yaml, """
				subgraphs:
				  users:
				    routing_url: http://localhost:4001/graphql
				    schema: {}
				""");
		assertThatThrownBy(() -> SupergraphConfig.read(yaml)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("subgraphs.users.schema");
	}

	@Test
	void reportsMissingSchemaFileByItsSubgraph() throws IOException {
		Path yaml = this.dir.resolve("supergraph.yaml");
		Files.writeString(yaml, """
				subgraphs:
				  users:
				    routing_url: http://localhost:4001/graphql
				    schema:
				      file: missing.graphqls
				""");
		assertThatThrownBy(() -> SupergraphConfig.read(yaml).load()).hasMessageContaining("subgraph users");
	}

}
