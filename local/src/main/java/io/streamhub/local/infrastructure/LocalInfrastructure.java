package io.streamhub.local.infrastructure;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.streamhub.platform.embedded.EmbeddedElasticsearch;
import io.streamhub.platform.embedded.EmbeddedPostgres;
import io.streamhub.platform.embedded.EmbeddedRedis;
import io.streamhub.platform.embedded.EmbeddedS3;

/**
 * The infrastructure of the local stack: one PostgreSQL (a schema per service in the
 * {@value #DATABASE} database), one Redis, one S3-compatible store with the media bucket
 * and one Elasticsearch node. They start in parallel (the store and Elasticsearch are
 * child JVMs).
 */
public final class LocalInfrastructure implements AutoCloseable {

	/** The database every service uses (each in its own schema). */
	public static final String DATABASE = "streamhub";

	/** The bucket holding uploads and transcoded media. */
	public static final String MEDIA_BUCKET = "streamhub-media";

	private final EmbeddedPostgres postgres;

	private final EmbeddedRedis redis;

	private final EmbeddedS3 s3;

	private final EmbeddedElasticsearch elasticsearch;

	private LocalInfrastructure(EmbeddedPostgres postgres, EmbeddedRedis redis, EmbeddedS3 s3,
			EmbeddedElasticsearch elasticsearch) {
		this.postgres = postgres;
		this.redis = redis;
		this.s3 = s3;
		this.elasticsearch = elasticsearch;
	}

	/**
	 * Start PostgreSQL, Redis, the S3-compatible store and Elasticsearch; if one fails
	 * the others are stopped again.
	 * @return the running infrastructure
	 */
	public static LocalInfrastructure start() {
		CompletableFuture<EmbeddedPostgres> postgres = CompletableFuture
			.supplyAsync(LocalInfrastructure::startPostgres);
		CompletableFuture<EmbeddedRedis> redis = CompletableFuture.supplyAsync(EmbeddedRedis::start);
		CompletableFuture<EmbeddedS3> s3 = CompletableFuture.supplyAsync(LocalInfrastructure::startS3);
		CompletableFuture<EmbeddedElasticsearch> elasticsearch = CompletableFuture
			.supplyAsync(EmbeddedElasticsearch::start);
		try {
			CompletableFuture.allOf(postgres, redis, s3, elasticsearch).join();
			return new LocalInfrastructure(postgres.join(), redis.join(), s3.join(), elasticsearch.join());
		}
		catch (CompletionException ex) {
			postgres.thenAccept(EmbeddedPostgres::close);
			redis.thenAccept(EmbeddedRedis::close);
			s3.thenAccept(EmbeddedS3::close);
			elasticsearch.thenAccept(EmbeddedElasticsearch::close);
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

	public EmbeddedElasticsearch elasticsearch() {
		return this.elasticsearch;
	}

	@Override
	public void close() {
		this.elasticsearch.close();
		this.s3.close();
		this.redis.close();
		this.postgres.close();
	}

}
