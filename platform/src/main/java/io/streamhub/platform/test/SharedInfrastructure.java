package io.streamhub.platform.test;

import java.util.concurrent.atomic.AtomicInteger;

import io.streamhub.platform.embedded.EmbeddedElasticsearch;
import io.streamhub.platform.embedded.EmbeddedPostgres;
import io.streamhub.platform.embedded.EmbeddedRedis;
import io.streamhub.platform.embedded.EmbeddedS3;
import org.jspecify.annotations.Nullable;

/**
 * The infrastructure of a test JVM: each server is started on first use and stopped at
 * JVM exit. Usable directly in tests that do not start Spring.
 */
public final class SharedInfrastructure {

	private static final AtomicInteger databases = new AtomicInteger();

	private static @Nullable EmbeddedPostgres postgres;

	private static @Nullable EmbeddedRedis redis;

	private static @Nullable EmbeddedS3 s3;

	private static @Nullable EmbeddedElasticsearch elasticsearch;

	private SharedInfrastructure() {
	}

	/**
	 * The PostgreSQL server, started on first use.
	 * @return the server
	 */
	public static synchronized EmbeddedPostgres postgres() {
		if (postgres == null) {
			postgres = EmbeddedPostgres.start();
		}
		return postgres;
	}

	/**
	 * The Redis server, started on first use.
	 * @return the server
	 */
	public static synchronized EmbeddedRedis redis() {
		if (redis == null) {
			redis = EmbeddedRedis.start();
		}
		return redis;
	}

	/**
	 * The S3-compatible store, started on first use.
	 * @return the store
	 */
	public static synchronized EmbeddedS3 s3() {
		if (s3 == null) {
			s3 = EmbeddedS3.start();
		}
		return s3;
	}

	/**
	 * The Elasticsearch node (a child JVM), started on first use.
	 * @return the node
	 */
	public static synchronized EmbeddedElasticsearch elasticsearch() {
		if (elasticsearch == null) {
			elasticsearch = EmbeddedElasticsearch.start();
		}
		return elasticsearch;
	}

	/**
	 * Create a new, empty database with a unique name on the shared server.
	 * @return the database name
	 */
	public static String freshDatabase() {
		String name = "test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
		postgres().createDatabase(name);
		return name;
	}

}
