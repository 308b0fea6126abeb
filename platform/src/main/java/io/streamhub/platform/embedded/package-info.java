/**
 * Real infrastructure started in-process or as child processes, for tests and for
 * {@code local/}: PostgreSQL (zonky), Redis (embedded-redis), an S3-compatible store
 * (s3mock, a child JVM) and Elasticsearch (a child JVM). Everything picks free ports, is
 * {@link java.lang.AutoCloseable} and is also stopped by a JVM shutdown hook. Works as
 * root (PostgreSQL's initdb refuses root; see
 * {@link io.streamhub.platform.embedded.EmbeddedPostgres}) and as a normal user.
 */
@NullMarked
package io.streamhub.platform.embedded;

import org.jspecify.annotations.NullMarked;
