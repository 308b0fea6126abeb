package io.streamhub.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@code @SpringBootTest} against real infrastructure.
 * <p>
 * PostgreSQL and Redis (and S3 when {@link #s3()} is set) are started lazily, once per
 * test JVM ({@link SharedInfrastructure}). Each Spring application context gets a FRESH
 * PostgreSQL database. The connection settings are added to the context's environment,
 * ahead of the application's own configuration but behind the test's inlined
 * {@code properties}: {@code spring.r2dbc.url/username/password},
 * {@code spring.flyway.url/user/password}, {@code spring.data.redis.host/port}, with S3
 * {@code streamhub.s3.endpoint/region/access-key/secret-key}, with
 * {@link #elasticsearch()} {@code streamhub.elasticsearch.url}, and with
 * {@link #tokens()} {@code streamhub.security.jwks-url} pointing at
 * {@link TestTokens#shared()}.
 * <p>
 * Implemented by a Spring {@code ContextCustomizerFactory} registered in
 * {@code META-INF/spring.factories} (so it composes with Spring's test context cache:
 * equal annotation attributes share one context and its database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface EmbeddedInfrastructure {

	/**
	 * Whether to provide a PostgreSQL database.
	 * @return {@code true} by default
	 */
	boolean postgres() default true;

	/**
	 * The schema the service's tables live in: appended to the URLs ({@code ?schema=} for
	 * R2DBC, {@code ?currentSchema=} for JDBC). Empty for none.
	 * @return the schema name
	 */
	String schema() default "";

	/**
	 * Whether to provide Redis.
	 * @return {@code true} by default
	 */
	boolean redis() default true;

	/**
	 * Whether to provide the S3-compatible store (a child process, ~6 s to start the
	 * first time).
	 * @return {@code false} by default
	 */
	boolean s3() default false;

	/**
	 * Buckets to create in the S3 store.
	 * @return bucket names
	 */
	String[] buckets() default {};

	/**
	 * Whether to provide Elasticsearch (a child JVM started once per test JVM, ~5-10 s):
	 * sets {@code streamhub.elasticsearch.url}. Indices are shared by every context of
	 * the test JVM, so tests name theirs uniquely or clean up.
	 * @return {@code false} by default
	 */
	boolean elasticsearch() default false;

	/**
	 * Whether to point {@code streamhub.security.jwks-url} at
	 * {@link TestTokens#shared()}.
	 * @return {@code true} by default
	 */
	boolean tokens() default true;

	/**
	 * Whether to wrap the R2DBC {@code ConnectionFactory} and register a
	 * {@link SqlStatementCounter} bean.
	 * @return {@code false} by default
	 */
	boolean countSql() default false;

}
