package io.streamhub.users.token;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service verifies its own tokens against its own keys: this {@link JWKSource}
 * replaces the platform's remote JWKS source.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	@Bean
	JWKSource<SecurityContext> usersJwkSource(SigningKeys keys) {
		return (selector, context) -> selector.select(keys.publicKeys());
	}

}
