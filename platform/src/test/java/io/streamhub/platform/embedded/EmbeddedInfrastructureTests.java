package io.streamhub.platform.embedded;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves each embedded server starts here (as root on these machines) and serves real
 * requests. The start-up times are printed for the report.
 */
class EmbeddedInfrastructureTests {

	@Test
	void postgresStartsAndServesQueriesInAFreshDatabase() throws Exception {
		long started = System.nanoTime();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
			System.out.printf("embedded PostgreSQL started in %d ms (user %s)%n", millisSince(started),
					System.getProperty("user.name"));
			postgres.createDatabase("proof");
			try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("proof"), postgres.username(),
					postgres.password()); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE t (v int)");
				statement.execute("INSERT INTO t VALUES (41), (1)");
				ResultSet result = statement.executeQuery("SELECT sum(v), current_database(), version() FROM t");
				result.next();
				assertThat(result.getInt(1)).isEqualTo(42);
				assertThat(result.getString(2)).isEqualTo("proof");
				assertThat(result.getString(3)).startsWith("PostgreSQL 17");
			}
		}
	}

	@Test
	void postgresSetprivFallbackStartsAsRoot() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
				"the setpriv fallback is only needed as root");
		long started = System.nanoTime();
		try (SetprivPostgres postgres = SetprivPostgres.start(FreePorts.next())) {
			System.out.printf("setpriv PostgreSQL started in %d ms%n", millisSince(started));
			try (Connection connection = DriverManager
				.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres", "postgres", "");
					Statement statement = connection.createStatement()) {
				ResultSet result = statement.executeQuery("SELECT current_user");
				result.next();
				assertThat(result.getString(1)).isEqualTo("postgres");
			}
		}
	}

	@Test
	void redisStartsAndAnswers() {
		long started = System.nanoTime();
		try (EmbeddedRedis redis = EmbeddedRedis.start()) {
			System.out.printf("embedded Redis started in %d ms%n", millisSince(started));
			RedisClient client = RedisClient.create(redis.uri());
			try (StatefulRedisConnection<String, String> connection = client.connect()) {
				connection.sync().set("k", "v");
				assertThat(connection.sync().get("k")).isEqualTo("v");
			}
			finally {
				client.shutdown();
			}
		}
	}

	@Test
	void s3StartsAsChildProcessStoresObjectsAndStopsWithItsProcessTree() throws Exception {
		long started = System.nanoTime();
		EmbeddedS3 s3 = EmbeddedS3.start();
		try {
			System.out.printf("embedded S3 (s3mock child process) started in %d ms%n", millisSince(started));
			s3.createBucket("proof");
			s3.createBucket("proof");
			HttpClient http = HttpClient.newHttpClient();
			HttpResponse<Void> put = http.send(HttpRequest.newBuilder(URI.create(s3.endpoint() + "/proof/hello.txt"))
				.PUT(HttpRequest.BodyPublishers.ofString("hello"))
				.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(put.statusCode()).isEqualTo(200);
			HttpResponse<String> get = http.send(
					HttpRequest.newBuilder(URI.create(s3.endpoint() + "/proof/hello.txt")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(get.body()).isEqualTo("hello");
		}
		finally {
			s3.close();
		}
		HttpClient http = HttpClient.newHttpClient();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(s3.endpoint() + "/")).build(),
					HttpResponse.BodyHandlers.discarding()))
			.isInstanceOf(java.io.IOException.class);
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

}
