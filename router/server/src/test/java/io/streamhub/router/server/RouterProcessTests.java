package io.streamhub.router.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The router as the public audit drives it: a separate JVM started in a directory holding
 * only {@code supergraph.graphql}, answering the ping, then killed with SIGKILL, after
 * which its port is free and the directory holds nothing new.
 */
class RouterProcessTests {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void startsFromTheWorkingDirectorysSupergraphAndLeavesNothingBehindWhenKilled(@TempDir Path directory)
			throws Exception {
		try (TestSubgraphs subgraphs = TestSubgraphs.start()) {
			Files.copy(RunningRouter.SUPERGRAPH, directory.resolve("supergraph.graphql"));
			int port = freePort();
			long started = System.nanoTime();
			Process router = start(directory, port, subgraphs);
			try {
				await().atMost(Duration.ofSeconds(30)).until(() -> ping(port));
				long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
				System.out.println("router process answered the ping " + millis + " ms after launch");
				assertThat(usersThrough(port)).contains("\"name\":\"Ada\"");
			}
			finally {
				router.destroyForcibly();
			}
			assertThat(router.waitFor()).isEqualTo(137);
			await().atMost(Duration.ofSeconds(10)).until(() -> isFree(port));
			try (Stream<Path> files = Files.list(directory)) {
				assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("supergraph.graphql");
			}
		}
	}

	private static Process start(Path directory, int port, TestSubgraphs subgraphs) throws IOException {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", System.getProperty("java.class.path"),
				RouterApplication.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1"));
		command.addAll(subgraphs.urlArguments());
		return new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private boolean ping(int port) {
		try {
			HttpResponse<String> response = post(port, "{\"query\":\"query ping { __typename }\"}");
			return response.statusCode() == 200
					&& RunningRouter.parse(response.body()).equals(Map.of("data", Map.of("__typename", "Query")));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String usersThrough(int port) throws IOException, InterruptedException {
		return post(port, "{\"query\":\"{ users { name } }\"}").body();
	}

	private HttpResponse<String> post(int port, String body) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("127.0.0.1", port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
