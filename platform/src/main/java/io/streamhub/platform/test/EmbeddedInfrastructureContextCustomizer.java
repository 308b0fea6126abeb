package io.streamhub.platform.test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.streamhub.platform.embedded.EmbeddedPostgres;
import io.streamhub.platform.embedded.EmbeddedRedis;
import io.streamhub.platform.embedded.EmbeddedS3;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts what {@link EmbeddedInfrastructure} asks for, creates the context's database and
 * hands the connection settings to the context. A record, so equal settings mean an equal
 * customizer and Spring's context cache reuses the context.
 */
record EmbeddedInfrastructureContextCustomizer(boolean postgres, String schema, boolean redis, boolean s3,
		List<String> buckets, boolean elasticsearch, boolean tokens, boolean countSql) implements ContextCustomizer {

	static final String PROPERTY_SOURCE = "streamhubEmbeddedInfrastructure";

	private static final String INLINED = "Inlined Test Properties";

	EmbeddedInfrastructureContextCustomizer(EmbeddedInfrastructure annotation) {
		this(annotation.postgres(), annotation.schema(), annotation.redis(), annotation.s3(),
				List.copyOf(Arrays.asList(annotation.buckets())), annotation.elasticsearch(), annotation.tokens(),
				annotation.countSql());
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (this.postgres) {
			addPostgres(properties);
		}
		if (this.redis) {
			EmbeddedRedis server = SharedInfrastructure.redis();
			properties.put("spring.data.redis.host", server.host());
			properties.put("spring.data.redis.port", server.port());
		}
		if (this.s3) {
			addS3(properties);
		}
		if (this.elasticsearch) {
			properties.put("streamhub.elasticsearch.url", SharedInfrastructure.elasticsearch().url());
		}
		if (this.tokens) {
			properties.put("streamhub.security.jwks-url", TestTokens.shared().jwksUrl());
		}
		addFirstBehindInlined(context.getEnvironment().getPropertySources(),
				new MapPropertySource(PROPERTY_SOURCE, properties));
		if (this.countSql) {
			SqlStatementCounter counter = new SqlStatementCounter();
			context.getBeanFactory().registerSingleton("sqlStatementCounter", counter);
			context.getBeanFactory().addBeanPostProcessor(new SqlCountingPostProcessor(counter));
		}
	}

	private void addPostgres(Map<String, Object> properties) {
		EmbeddedPostgres server = SharedInfrastructure.postgres();
		String database = SharedInfrastructure.freshDatabase();
		boolean hasSchema = !this.schema.isEmpty();
		properties.put("spring.r2dbc.url", server.r2dbcUrl(database) + (hasSchema ? "?schema=" + this.schema : ""));
		properties.put("spring.r2dbc.username", server.username());
		properties.put("spring.r2dbc.password", server.password());
		properties.put("spring.flyway.url",
				server.jdbcUrl(database) + (hasSchema ? "?currentSchema=" + this.schema : ""));
		properties.put("spring.flyway.user", server.username());
		properties.put("spring.flyway.password", server.password());
	}

	private void addS3(Map<String, Object> properties) {
		EmbeddedS3 store = SharedInfrastructure.s3();
		this.buckets.forEach(store::createBucket);
		properties.put("streamhub.s3.endpoint", store.endpoint());
		properties.put("streamhub.s3.region", store.region());
		properties.put("streamhub.s3.access-key", store.accessKey());
		properties.put("streamhub.s3.secret-key", store.secretKey());
	}

	private static void addFirstBehindInlined(MutablePropertySources sources, MapPropertySource source) {
		if (sources.contains(INLINED)) {
			sources.addAfter(INLINED, source);
			return;
		}
		sources.addFirst(source);
	}

}
