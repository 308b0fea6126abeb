package io.streamhub.platform.embedded;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A single-node Elasticsearch 8.19 with its HTTP API on a free port of 127.0.0.1, run as
 * a CHILD JVM.
 * <p>
 * Why a child process: the node needs Log4j-core configured its own way and Netty 4.1,
 * while Spring Boot services route Log4j to SLF4J and use Netty 4.2, and {@code local/}
 * runs every service in one JVM. The child's entry point is
 * {@code org.elasticsearch.node.StreamhubElasticsearchNode} (in platform's jar, copied
 * into the node's directory so that it also works from a Spring Boot executable jar); its
 * classpath is the list platform's build resolves from {@code src/elasticsearch/pom.xml}
 * into {@code META-INF/streamhub/elasticsearch.classpath} (jars of the local Maven
 * repository: {@code maven.repo.local} or {@code ~/.m2/repository}). The system property
 * {@code streamhub.elasticsearch.classpath} (or the environment variable
 * {@code STREAMHUB_ELASTICSEARCH_CLASSPATH}) replaces that list; JVM options: see
 * {@link #javaOptions()}.
 * <p>
 * The node is constructed directly rather than through Elasticsearch's bootstrap, which
 * is what refuses to run as root, so it starts as root here and as a normal user
 * elsewhere. It exits when its standard input closes (this JVM ending, however abruptly)
 * or on {@link #close()}; its data lives in a temporary directory deleted on close. The
 * optional modules Elasticsearch does not publish to Maven Central (language analyzers,
 * {@code edge_ngram}, Painless, {@code GET /}) are missing.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

	private static final String MAIN_CLASS = "org.elasticsearch.node.StreamhubElasticsearchNode";

	private static final List<String> LAUNCHER_CLASSES = List.of(MAIN_CLASS, MAIN_CLASS + "$ClasspathPlugins");

	private static final String CLASSPATH_RESOURCE = "META-INF/streamhub/elasticsearch.classpath";

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

	/** The child JVM's default options: small heap, quick start-up. */
	public static final String DEFAULT_JAVA_OPTIONS = "-Xms256m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

	private final Process process;

	private final int port;

	private final Path home;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private EmbeddedElasticsearch(Process process, int port, Path home) {
		this.process = process;
		this.port = port;
		this.home = home;
		Runtime.getRuntime().addShutdownHook(new Thread(this::close, "embedded-elasticsearch-shutdown"));
	}

	/**
	 * Start a node and wait until the cluster is at least yellow.
	 * @return the running node
	 */
	public static EmbeddedElasticsearch start() {
		try {
			Path home = Files.createTempDirectory("streamhub-elasticsearch");
			int port = FreePorts.next();
			Process process = new ProcessBuilder(command(classpath(extractLauncher(home)), port, home))
				.redirectErrorStream(true)
				.redirectOutput(log(home).toFile())
				.start();
			EmbeddedElasticsearch node = new EmbeddedElasticsearch(process, port, home);
			node.awaitReady();
			return node;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded Elasticsearch did not start", ex);
		}
	}

	private static List<String> command(String classpath, int port, Path home) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(javaOptions());
		command.addAll(List.of("-Dlog4j2.disable.jmx=true", "-Djava.io.tmpdir=" + home, "-cp", classpath, MAIN_CLASS,
				String.valueOf(port), home.resolve("node").toString()));
		return command;
	}

	/**
	 * The child JVM's options: {@code streamhub.elasticsearch.java-options} (or
	 * {@code STREAMHUB_ELASTICSEARCH_JAVA_OPTIONS}), space-separated, else
	 * {@link #DEFAULT_JAVA_OPTIONS} (tuned for start-up: C1 only; a benchmark wants C2).
	 */
	static List<String> javaOptions() {
		String options = System.getProperty("streamhub.elasticsearch.java-options",
				System.getenv("STREAMHUB_ELASTICSEARCH_JAVA_OPTIONS"));
		if (options == null || options.isBlank()) {
			options = DEFAULT_JAVA_OPTIONS;
		}
		return List.of(options.trim().split("\\s+"));
	}

	static String classpath(Path launcher) throws IOException {
		String override = System.getProperty("streamhub.elasticsearch.classpath",
				System.getenv("STREAMHUB_ELASTICSEARCH_CLASSPATH"));
		List<String> entries = new ArrayList<>();
		entries.add(launcher.toString());
		if (override != null && !override.isBlank()) {
			entries.add(override);
			return String.join(File.pathSeparator, entries);
		}
		for (String entry : resolvedClasspath().split(File.pathSeparator)) {
			Path jar = Path.of(entry.replace("$M2_REPO", localRepository()));
			if (!Files.isRegularFile(jar)) {
				throw new IOException("Elasticsearch jar missing: " + jar + " (build platform with Maven first)");
			}
			entries.add(jar.toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * Copy the entry point's class files out of platform (which may be a jar nested in a
	 * Spring Boot executable jar, as in {@code local/}) into a directory of the child's
	 * classpath.
	 */
	private static Path extractLauncher(Path home) throws IOException {
		Path launcher = home.resolve("launcher");
		for (String name : LAUNCHER_CLASSES) {
			String resource = name.replace('.', '/') + ".class";
			try (InputStream input = EmbeddedElasticsearch.class.getClassLoader().getResourceAsStream(resource)) {
				if (input == null) {
					throw new IOException(resource + " not found in platform");
				}
				Path target = launcher.resolve(resource);
				Files.createDirectories(target.getParent());
				Files.copy(input, target);
			}
		}
		return launcher;
	}

	private static String resolvedClasspath() throws IOException {
		try (InputStream input = EmbeddedElasticsearch.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
			if (input == null) {
				throw new IOException(CLASSPATH_RESOURCE + " not found: platform was not built with Maven");
			}
			return new String(input.readAllBytes(), StandardCharsets.UTF_8).trim();
		}
	}

	private static String localRepository() {
		return System.getProperty("maven.repo.local",
				Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
	}

	private static Path log(Path home) {
		return home.resolveSibling(home.getFileName() + ".log");
	}

	private void awaitReady() throws IOException {
		Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IOException(
						"Elasticsearch exited with " + this.process.exitValue() + "; see " + log(this.home));
			}
			if (answers()) {
				return;
			}
			pause();
		}
		close();
		throw new IOException("Elasticsearch not ready within " + STARTUP_TIMEOUT + "; see " + log(this.home));
	}

	private boolean answers() {
		try {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
				.timeout(Duration.ofSeconds(3))
				.GET()
				.build();
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The HTTP URL.
	 * @return e.g. {@code http://127.0.0.1:9200}
	 */
	public String url() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * The HTTP port.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Whether the child process is still running.
	 * @return whether it runs
	 */
	public boolean isRunning() {
		return this.process.isAlive();
	}

	@Override
	public synchronized void close() {
		if (this.process.isAlive()) {
			stopProcess();
		}
		deleteHome();
	}

	private void stopProcess() {
		try {
			this.process.getOutputStream().close();
			if (!this.process.waitFor(15, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				this.process.waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (IOException ex) {
			this.process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	private void deleteHome() {
		if (!Files.exists(this.home)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.home)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// a leftover temporary directory is harmless
		}
	}

}
