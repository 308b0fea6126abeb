package io.streamhub.router.server.http;

import java.net.URI;

import io.streamhub.platform.security.DefaultJwtVerifier;
import io.streamhub.platform.security.JwtVerifier;
import io.streamhub.platform.security.RemoteJwks;
import io.streamhub.platform.security.SecurityProperties;
import io.streamhub.router.server.client.ClientRegistry;
import io.streamhub.router.server.config.RouterProperties;
import io.streamhub.router.server.headers.HeaderPropagation;
import io.streamhub.router.server.limits.OperationLimits;
import io.streamhub.router.server.persisted.AutomaticPersistedQueries;
import io.streamhub.router.server.persisted.ManifestStore;
import io.streamhub.router.server.persisted.PersistedDocuments;
import io.streamhub.router.server.ratelimit.TokenBucketRateLimiter;
import io.streamhub.router.server.redis.RouterRedis;
import io.streamhub.router.server.runtime.EngineReference;
import io.streamhub.router.server.security.BearerAuthenticator;
import io.streamhub.router.server.telemetry.RouterMetrics;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Routes {@code /graphql} to the GraphQL over HTTP handler and assembles its pipeline.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlHttpConfiguration {

	private static final Log logger = LogFactory.getLog(GraphQlHttpConfiguration.class);

	/** The GraphQL endpoint's path. */
	public static final String PATH = "/graphql";

	@Bean
	RouterFunction<ServerResponse> graphQlRoutes(ObjectProvider<EngineReference> engines, ManifestStore manifests,
			ObjectProvider<RouterRedis> redis, RouterProperties properties, HeaderPropagation headers,
			RouterMetrics metrics, Environment environment) {
		RouterRedis connection = redis.getIfAvailable();
		Lazy<EngineReference> engine = new Lazy<>(engines::getObject);
		AutomaticPersistedQueries apq = new AutomaticPersistedQueries(
				properties.getPersistedQueries().getApqCacheSize(), (connection != null) ? connection.commands() : null,
				properties.getPersistedQueries().getApqRedisTtl());
		OperationPipeline.Stages stages = new OperationPipeline.Stages(authenticator(properties, environment),
				new ClientRegistry(properties.getClients()), properties.getClients().getApiKeyHeader(),
				properties.getClients().getNameHeader(), rateLimiter(properties, connection, metrics),
				new PersistedDocuments(manifests::manifest, apq),
				new OperationLimits(properties.getLimits(), () -> engine.get().apiSchema(),
						properties.getPlanCacheSize(), metrics::documentCache),
				properties.introspectionAccess(), headers, metrics, properties.getTelemetry().isAccessLog());
		GraphQlHttpHandler handler = new GraphQlHttpHandler(new OperationPipeline(engines, stages),
				(int) Math.min(Integer.MAX_VALUE, properties.getMaxBodySize().toBytes()),
				properties.getBatching().isEnabled() ? properties.getBatching().getMaxSize() : 0);
		return RouterFunctions.route()
			.POST(PATH, handler::post)
			.GET(PATH, handler::get)
			.route(RequestPredicates.path(PATH), handler::methodNotAllowed)
			.build();
	}

	private static BearerAuthenticator authenticator(RouterProperties properties, Environment environment) {
		SecurityProperties security = Binder.get(environment)
			.bind("streamhub.security", SecurityProperties.class)
			.orElseGet(SecurityProperties::new);
		URI jwksUrl = (properties.getJwt().getJwksUrl() != null) ? properties.getJwt().getJwksUrl()
				: security.getJwksUrl();
		if (jwksUrl == null) {
			logger.warn("No JWKS configured (router.jwt.jwks-url): bearer tokens are forwarded unverified and "
					+ "every request is anonymous to the router");
			return new BearerAuthenticator(null, 1);
		}
		JwtVerifier verifier = new DefaultJwtVerifier(
				RemoteJwks.of(jwksUrl, properties.getJwt().getJwksCacheTtl(), security.getJwksRefetchMinInterval()),
				security);
		return new BearerAuthenticator(verifier, properties.getJwt().getCacheSize());
	}

	private static @Nullable TokenBucketRateLimiter rateLimiter(RouterProperties properties,
			@Nullable RouterRedis redis, RouterMetrics metrics) {
		if (redis == null || !properties.getRateLimits().isEnabled()) {
			return null;
		}
		return new TokenBucketRateLimiter(redis.commands(), properties.getRateLimits().getPolicies(),
				metrics::rateLimited);
	}

	/**
	 * A value looked up once, at first use (beans built in the background).
	 */
	private static final class Lazy<T> {

		private final java.util.function.Supplier<T> supplier;

		private volatile @Nullable T value;

		Lazy(java.util.function.Supplier<T> supplier) {
			this.supplier = supplier;
		}

		T get() {
			T value = this.value;
			if (value == null) {
				value = this.supplier.get();
				this.value = value;
			}
			return value;
		}

	}

}
