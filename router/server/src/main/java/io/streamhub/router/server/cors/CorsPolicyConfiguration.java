package io.streamhub.router.server.cors;

import java.util.List;

import io.streamhub.router.server.config.CorsProperties;
import io.streamhub.router.server.config.RouterProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * CORS for {@code /graphql} from {@code router.cors.*}: only the listed origins, and
 * credentials only with explicit origins (a wildcard with credentials stops the start).
 * Origins not listed get no CORS headers (their browsers block the call) and a 403 on
 * preflight.
 */
@Configuration(proxyBeanMethods = false)
public class CorsPolicyConfiguration {

	@Bean
	CorsWebFilter corsWebFilter(RouterProperties properties) {
		CorsProperties cors = properties.getCors();
		if (cors.isAllowCredentials() && cors.getAllowedOrigins().contains("*")) {
			throw new IllegalStateException(
					"router.cors: allowed-origins '*' cannot be combined with allow-credentials=true; list the origins");
		}
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(List.copyOf(cors.getAllowedOrigins()));
		configuration.setAllowedMethods(List.of("GET", "POST"));
		configuration.setAllowedHeaders(List.copyOf(cors.getAllowedHeaders()));
		configuration.setExposedHeaders(List.copyOf(cors.getExposedHeaders()));
		configuration.setAllowCredentials(cors.isAllowCredentials());
		configuration.setMaxAge(cors.getMaxAge());
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/graphql", configuration);
		return new CorsWebFilter(source);
	}

}
