package io.streamhub.platform.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An S3-compatible store: Adobe's s3mock executable jar run as a child process on free
 * ports, storing into a temporary directory.
 * <p>
 * The jar ({@code com.adobe.testing:s3mock:4.12.4:exec}) is looked up, in order: the
 * system property {@code streamhub.s3mock.jar}; the environment variable
 * {@code STREAMHUB_S3MOCK_JAR}; an {@code s3mock-*-exec.jar} entry of
 * {@code java.class.path} (a module that declares the dependency has it there); the local
 * Maven repository ({@code maven.repo.local} or {@code ~/.m2/repository}). A module using
 * it should declare {@code com.adobe.testing:s3mock} with classifier {@code exec} in test
 * scope so Maven downloads it. Readiness is polled over HTTP (120 s timeout); the process
 * tree is destroyed on {@link #close()} and at JVM exit. The store does not check
 * signatures, so any credentials work.
 */
public final class EmbeddedS3 implements AutoCloseable {

	private static final String VERSION = "4.12.4";

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

	private final Process process;

	private final int port;

	private final Path root;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private EmbeddedS3(Process process, int port, Path root) {
		this.process = process;
		this.port = port;
		this.root = root;
		Runtime.getRuntime().addShutdownHook(new Thread(this::close, "embedded-s3-shutdown"));
	}

	/**
	 * Start the store and wait until it answers.
	 * @return the running store
	 */
	public static EmbeddedS3 start() {
		Path jar = locateJar().orElseThrow(() -> new IllegalStateException(
				"s3mock " + VERSION + " exec jar not found: declare com.adobe.testing:s3mock:" + VERSION
						+ ":exec (test scope) " + "or set -Dstreamhub.s3mock.jar"));
		try {
			Path root = Files.createTempDirectory("streamhub-s3");
			int port = FreePorts.next();
			Process process = new ProcessBuilder(command(jar, port, FreePorts.next(), root)).redirectErrorStream(true)
				.redirectOutput(root.resolveSibling(root.getFileName() + ".log").toFile())
				.start();
			EmbeddedS3 s3 = new EmbeddedS3(process, port, root);
			s3.awaitReady();
			return s3;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("s3mock did not start", ex);
		}
	}

	private static List<String> command(Path jar, int httpPort, int tlsPort, Path root) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
				"--com.adobe.testing.s3mock.httpPort=" + httpPort, "--server.port=" + tlsPort,
				"--com.adobe.testing.s3mock.store.root=" + root, "--spring.main.banner-mode=off");
	}

	static Optional<Path> locateJar() {
		String property = System.getProperty("streamhub.s3mock.jar", System.getenv("STREAMHUB_S3MOCK_JAR"));
		if (property != null && !property.isBlank()) {
			return Optional.of(Path.of(property));
		}
		Optional<Path> onClasspath = Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
			.map(Path::of)
			.filter((path) -> path.getFileName() != null
					&& path.getFileName().toString().matches("s3mock-.*-exec\\.jar"))
			.findFirst();
		if (onClasspath.isPresent()) {
			return onClasspath;
		}
		String repository = System.getProperty("maven.repo.local",
				Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
		Path inRepository = Path.of(repository, "com", "adobe", "testing", "s3mock", VERSION,
				"s3mock-" + VERSION + "-exec.jar");
		return Files.isRegularFile(inRepository) ? Optional.of(inRepository) : Optional.empty();
	}

	private void awaitReady() throws IOException {
		Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IOException("s3mock exited with " + this.process.exitValue() + "; see "
						+ this.root.resolveSibling(this.root.getFileName() + ".log"));
			}
			if (answers()) {
				return;
			}
			pause();
		}
		close();
		throw new IOException("s3mock not ready within " + STARTUP_TIMEOUT);
	}

	private boolean answers() {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint() + "/"))
				.timeout(Duration.ofSeconds(2))
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
	 * The endpoint URL (path-style addressing).
	 * @return e.g. {@code http://127.0.0.1:9090}
	 */
	public String endpoint() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * The region to configure clients with.
	 * @return {@code us-east-1}
	 */
	public String region() {
		return "us-east-1";
	}

	/**
	 * An access key (not checked).
	 * @return the access key
	 */
	public String accessKey() {
		return "streamhub";
	}

	/**
	 * A secret key (not checked).
	 * @return the secret key
	 */
	public String secretKey() {
		return "streamhub-secret";
	}

	/**
	 * Create a bucket; an existing bucket is fine.
	 * @param name the bucket name
	 */
	public void createBucket(String name) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint() + "/" + name))
				.timeout(Duration.ofSeconds(10))
				.PUT(HttpRequest.BodyPublishers.noBody())
				.build();
			int status = this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status != 200 && status != 409) {
				throw new IllegalStateException("Creating bucket " + name + " answered " + status);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	@Override
	public synchronized void close() {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.descendants().forEach(ProcessHandle::destroy);
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.descendants().forEach(ProcessHandle::destroyForcibly);
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
