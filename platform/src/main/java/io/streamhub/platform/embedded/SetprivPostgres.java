package io.streamhub.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The root fallback: zonky's PostgreSQL binaries unpacked into a world-readable directory
 * and run as {@code nobody} through
 * {@code setpriv --reuid=nobody --regid=nogroup --clear-groups} (initdb, then
 * {@code pg_ctl start}), with trust authentication on 127.0.0.1 and the socket in the
 * data directory.
 */
final class SetprivPostgres implements AutoCloseable {

	private static final Set<PosixFilePermission> OPEN_DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");

	private static final String[] AS_NOBODY = { "setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups" };

	private final Path binaries;

	private final Path data;

	private final int port;

	private boolean running;

	private SetprivPostgres(Path binaries, Path data, int port) {
		this.binaries = binaries;
		this.data = data;
		this.port = port;
	}

	static SetprivPostgres start(int port) {
		try {
			Path binaries = unpackedBinaries();
			Path data = Files.createTempDirectory("streamhub-pg-data");
			run(List.of("chown", "nobody:nogroup", data.toString()));
			SetprivPostgres server = new SetprivPostgres(binaries, data, port);
			server.initAndStart();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL (setpriv fallback) did not start", ex);
		}
	}

	int port() {
		return this.port;
	}

	private void initAndStart() throws IOException {
		run(asNobody(bin("initdb"), "-D", this.data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF-8",
				"--no-locale"));
		String options = "-p " + this.port + " -h 127.0.0.1 -k " + this.data + " -F";
		run(asNobody(bin("pg_ctl"), "-D", this.data.toString(), "-o", options, "-l",
				this.data.resolve("postgres.log").toString(), "-w", "-t", "60", "start"));
		this.running = true;
	}

	private String bin(String name) {
		return this.binaries.resolve("bin").resolve(name).toString();
	}

	private static List<String> asNobody(String... command) {
		List<String> full = new ArrayList<>(List.of(AS_NOBODY));
		full.addAll(List.of(command));
		return full;
	}

	private static void run(List<String> command) throws IOException {
		Path log = Files.createTempFile("streamhub-pg-cmd", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IOException("Command failed: " + command + "\n" + Files.readString(log));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while running " + command, ex);
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

	private static synchronized Path unpackedBinaries() throws IOException {
		Path target = Path.of(System.getProperty("java.io.tmpdir"), "streamhub-pg-17.6.0");
		if (Files.isExecutable(target.resolve("bin/pg_ctl"))) {
			return target;
		}
		Path staging = Files.createTempDirectory(target.getParent(), "streamhub-pg-unpack");
		try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
				TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				unpack(tar, entry, staging);
			}
		}
		openUp(staging);
		try {
			Files.move(staging, target);
		}
		catch (IOException ex) {
			// another JVM unpacked concurrently: use theirs
			deleteTree(staging);
		}
		return target;
	}

	private static void unpack(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
		Path path = root.resolve(entry.getName()).normalize();
		if (!path.startsWith(root)) {
			throw new IOException("Unsafe archive entry " + entry.getName());
		}
		if (entry.isDirectory()) {
			Files.createDirectories(path);
			return;
		}
		Files.createDirectories(path.getParent());
		if (entry.isSymbolicLink()) {
			Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
			return;
		}
		Files.copy(tar, path);
		boolean executable = (entry.getMode() & 0100) != 0;
		Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
	}

	private static void openUp(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					Files.setPosixFilePermissions(path, OPEN_DIRECTORY);
				}
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(path);
			}
		}
	}

	@Override
	public synchronized void close() throws IOException {
		if (!this.running) {
			return;
		}
		this.running = false;
		run(asNobody(bin("pg_ctl"), "-D", this.data.toString(), "-m", "fast", "-w", "stop"));
		deleteTree(this.data);
	}

}
