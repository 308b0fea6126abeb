package io.streamhub.platform.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link EmbeddedInfrastructure} hands to a Spring context: working connection
 * settings, a fresh database per context, the schema, S3 with buckets, and the test JWKS.
 */
class EmbeddedInfrastructureContextTests {

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

	static String currentDatabase(Environment environment) throws Exception {
		try (Connection connection = DriverManager.getConnection(environment.getProperty("spring.flyway.url"),
				environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password"))) {
			ResultSet result = connection.createStatement().executeQuery("SELECT current_database()");
			result.next();
			return result.getString(1);
		}
	}

	@Nested
	@SpringJUnitConfig(Empty.class)
	@EmbeddedInfrastructure(schema = "videos", s3 = true, buckets = "media")
	class WithSchemaAndS3 {

		@Autowired
		Environment environment;

		@Test
		void handsWorkingPostgresRedisS3AndJwksSettingsToTheContext() throws Exception {
			assertThat(this.environment.getProperty("spring.r2dbc.url")).startsWith("r2dbc:postgresql://127.0.0.1:")
				.endsWith("?schema=videos");
			assertThat(this.environment.getProperty("spring.flyway.url")).endsWith("?currentSchema=videos");
			assertThat(currentDatabase(this.environment)).startsWith("test_");
			assertThat(this.environment.getProperty("spring.data.redis.port", Integer.class))
				.isEqualTo(SharedInfrastructure.redis().port());
			assertThat(this.environment.getProperty("streamhub.security.jwks-url"))
				.isEqualTo(TestTokens.shared().jwksUrl());
			HttpResponse<String> bucket = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create(this.environment.getProperty("streamhub.s3.endpoint") + "/media"))
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(bucket.statusCode()).isEqualTo(200);
			assertThat(this.environment.getProperty("streamhub.s3.region")).isEqualTo("us-east-1");
		}

	}

	@Nested
	@SpringJUnitConfig(Empty.class)
	@EmbeddedInfrastructure(redis = false, tokens = false)
	class WithoutRedis {

		@Autowired
		Environment environment;

		@Test
		void eachContextGetsItsOwnDatabaseAndOnlyWhatItAskedFor() throws Exception {
			assertThat(currentDatabase(this.environment)).startsWith("test_");
			assertThat(this.environment.containsProperty("spring.data.redis.host")).isFalse();
			assertThat(this.environment.containsProperty("streamhub.security.jwks-url")).isFalse();
			assertThat(this.environment.containsProperty("streamhub.s3.endpoint")).isFalse();
		}

	}

}
