package io.streamhub.local.infrastructure;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.streamhub.platform.embedded.EmbeddedPostgres;
import io.streamhub.platform.embedded.EmbeddedRedis;
import io.streamhub.platform.embedded.EmbeddedS3;

/**
 * The infrastructure of the local stack: one PostgreSQL (a schema per service in the
 * {@value #DATABASE} database), one Redis and one S3-compatible store with the media
 * bucket. The three start in parallel (the store, a child JVM, is the slowest).
 */
public final class LocalInfrastructure implements AutoCloseable {

	/** The database every service uses (each in its own schema). */
	public static final String DATABASE = "streamhub";

	/** The bucket holding uploads and transcoded media. */
	public static final String MEDIA_BUCKET = "streamhub-media";

	private final EmbeddedPostgres postgres;

	private final EmbeddedRedis redis;

	private final EmbeddedS3 s3;

	private LocalInfrastructure(EmbeddedPostgres postgres, EmbeddedRedis redis, EmbeddedS3 s3) {
		this.postgres = postgres;
		this.redis = redis;
		this.s3 = s3;
	}

	/**
	 * Start PostgreSQL, Redis and the S3-compatible store; if one fails the others are
	 * stopped again.
	 * @return the running infrastructure
	 */
	public static LocalInfrastructure start() {
		CompletableFuture<EmbeddedPostgres> postgres = CompletableFuture
			.supplyAsync(LocalInfrastructure::startPostgres);
		CompletableFuture<EmbeddedRedis> redis = CompletableFuture.supplyAsync(EmbeddedRedis::start);
		CompletableFuture<EmbeddedS3> s3 = CompletableFuture.supplyAsync(LocalInfrastructure::startS3);
		try {
			CompletableFuture.allOf(postgres, redis, s3).join();
			return new LocalInfrastructure(postgres.join(), redis.join(), s3.join());
		}
		catch (CompletionException ex) {
			postgres.thenAccept(EmbeddedPostgres::close);
			redis.thenAccept(EmbeddedRedis::close);
			s3.thenAccept(EmbeddedS3::close);
			throw ex;
		}
	}

	private static EmbeddedPostgres startPostgres() {
		EmbeddedPostgres postgres = EmbeddedPostgres.start();
		postgres.createDatabase(DATABASE);
		return postgres;
	}

	private static EmbeddedS3 startS3() {
		EmbeddedS3 s3 = EmbeddedS3.start();
		s3.createBucket(MEDIA_BUCKET);
		return s3;
	}

	public EmbeddedPostgres postgres() {
		return this.postgres;
	}

	public EmbeddedRedis redis() {
		return this.redis;
	}

	public EmbeddedS3 s3() {
		return this.s3;
	}

	@Override
	public void close() {
		this.s3.close();
		this.redis.close();
		this.postgres.close();
	}

}
