package io.streamhub.router.server;

import io.streamhub.router.server.config.RouterProperties;
import io.streamhub.router.server.cors.CorsPolicyConfiguration;
import io.streamhub.router.server.engine.EngineConfiguration;
import io.streamhub.router.server.graphiql.GraphiqlConfiguration;
import io.streamhub.router.server.health.HealthConfiguration;
import io.streamhub.router.server.http.GraphQlHttpConfiguration;
import io.streamhub.router.server.persisted.PersistedQueriesConfiguration;
import io.streamhub.router.server.redis.RedisConfiguration;
import io.streamhub.router.server.telemetry.TelemetryConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.reactor.autoconfigure.ReactorAutoConfiguration;
import org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The StreamHub router: serves the federated supergraph at {@code /graphql} (port 4000 by
 * default). Configuration is read from {@code router.yml} (not {@code application.yml})
 * so that the router can share a JVM with the subgraphs in {@code local/}.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
		ReactorAutoConfiguration.class, NettyReactiveWebServerAutoConfiguration.class,
		HttpHandlerAutoConfiguration.class, WebFluxAutoConfiguration.class, CodecsAutoConfiguration.class,
		JacksonAutoConfiguration.class, ErrorWebFluxAutoConfiguration.class })
@EnableConfigurationProperties(RouterProperties.class)
@Import({ TelemetryConfiguration.class, RedisConfiguration.class, EngineConfiguration.class,
		PersistedQueriesConfiguration.class, GraphQlHttpConfiguration.class, CorsPolicyConfiguration.class,
		HealthConfiguration.class, GraphiqlConfiguration.class })
public class RouterApplication {

	/**
	 * The router application, ready to {@code run(args)}:
	 * {@code spring.config.name=router}, {@code server.port=4000} unless configured
	 * otherwise.
	 * @return the application builder
	 */
	public static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(RouterApplication.class).properties("spring.config.name=router",
				"server.port=4000");
	}

	public static void main(String[] args) {
		application().run(args);
	}

}
