package io.streamhub.platform.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Token verification: a remote JWKS key source from {@code streamhub.security.jwks-url}
 * unless the application defines its own {@link JWKSource} bean, a {@link JwtVerifier},
 * and the GraphQL interceptor that authenticates requests. Without any key source every
 * presented token is rejected.
 */
@AutoConfiguration
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(JWKSource.class)
	@ConditionalOnProperty("streamhub.security.jwks-url")
	JWKSource<SecurityContext> streamhubRemoteJwkSource(SecurityProperties properties) {
		return RemoteJwks.of(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	JwtVerifier jwtVerifier(ObjectProvider<JWKSource<SecurityContext>> keys, SecurityProperties properties) {
		JWKSource<SecurityContext> source = keys.getIfAvailable();
		if (source == null) {
			return (token) -> {
				throw new TokenVerificationException("No JWKS configured (streamhub.security.jwks-url)");
			};
		}
		return new DefaultJwtVerifier(source, properties);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(WebGraphQlInterceptor.class)
	static class GraphQlSecurityConfiguration {

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE + 100)
		@ConditionalOnMissingBean
		JwtAuthenticationInterceptor jwtAuthenticationInterceptor(JwtVerifier verifier) {
			return new JwtAuthenticationInterceptor(verifier);
		}

	}

}
