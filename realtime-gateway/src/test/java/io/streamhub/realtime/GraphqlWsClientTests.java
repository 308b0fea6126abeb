package io.streamhub.realtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.streamhub.router.execution.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reference third-party client, npm {@code graphql-ws} (what Apollo Client, urql and
 * Relay use), subscribes through the gateway and receives an event. The packages are
 * installed with {@code npm ci} from the committed lock file into
 * {@code target/node-client}; the test fails (never skips) without Node and npm.
 */
class GraphqlWsClientTests extends GatewayTestBase {

	private static final Path SOURCE = Path.of("src/test/node");

	private static final Path TARGET = Path.of("target/node-client");

	@Test
	void theGraphqlWsClientReceivesAnEvent() throws Exception {
		install();
		String videoId = newId();
		SUBGRAPHS.video(videoId, "Node", "PUBLIC", "PROCESSING", 30, newId());
		int before = this.hub.subscriptionCount();
		Process node = new ProcessBuilder(List.of(executable("node"), "subscribe.mjs",
				"ws://127.0.0.1:" + this.port + "/graphql", videoId, token(UUID.randomUUID())))
			.directory(TARGET.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(line(lines)).containsEntry("event", "connected");
			await().until(() -> this.hub.subscriptionCount() > before);
			xadd("events:videos", EventFlowTests.videoEvent("video.progress", videoId, Map.of("percent", 30)));
			assertThat(line(lines)).isEqualTo(Map.of("event", "next", "payload", Map.of("data", Map
				.of("videoStatusChanged", Map.of("id", videoId, "status", "PROCESSING", "processingProgress", 30)))));
			assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(node.exitValue()).isZero();
		}
		finally {
			node.destroyForcibly();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> line(BufferedReader lines) throws Exception {
		String line = CompletableFuture.supplyAsync(() -> {
			try {
				return lines.readLine();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}).get(30, TimeUnit.SECONDS);
		assertThat(line).as("a line from the graphql-ws client").isNotNull();
		return (Map<String, Object>) Json.parse(line.getBytes(StandardCharsets.UTF_8));
	}

	private static synchronized void install() throws Exception {
		if (Files.isDirectory(TARGET.resolve("node_modules/graphql-ws"))) {
			return;
		}
		Files.createDirectories(TARGET);
		for (String file : List.of("package.json", "package-lock.json", "subscribe.mjs")) {
			Files.copy(SOURCE.resolve(file), TARGET.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		Process npm = new ProcessBuilder(List.of(executable("npm"), "ci", "--no-audit", "--no-fund"))
			.directory(TARGET.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(npm.waitFor(5, TimeUnit.MINUTES)).as("npm ci finished").isTrue();
		assertThat(npm.exitValue()).as("npm ci exit code").isZero();
	}

	private static String executable(String name) {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		throw new AssertionError(name + " is not installed (not found on PATH): this test needs Node 20 and npm");
	}

}
