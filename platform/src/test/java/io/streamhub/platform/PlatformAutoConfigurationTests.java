package io.streamhub.platform;

import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.streamhub.platform.errors.ErrorsAutoConfiguration;
import io.streamhub.platform.events.EventsAutoConfiguration;
import io.streamhub.platform.events.OutboxRelay;
import io.streamhub.platform.events.OutboxWriter;
import io.streamhub.platform.events.ProcessedEvents;
import io.streamhub.platform.events.StreamConsumers;
import io.streamhub.platform.ratelimit.RateLimitAutoConfiguration;
import io.streamhub.platform.ratelimit.RateLimiter;
import io.streamhub.platform.security.JwtAuthenticationInterceptor;
import io.streamhub.platform.security.JwtVerifier;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.security.SecurityAutoConfiguration;
import io.streamhub.platform.security.TokenVerificationException;
import io.streamhub.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Auto-configuration conditions: a service without R2DBC or Redis still starts, and an
 * application's own key source replaces the remote JWKS.
 */
class PlatformAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ErrorsAutoConfiguration.class, SecurityAutoConfiguration.class,
				RateLimitAutoConfiguration.class, EventsAutoConfiguration.class));

	@Test
	void startsWithoutDatabaseOrRedis() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(JwtVerifier.class);
			assertThat(context).hasSingleBean(JwtAuthenticationInterceptor.class);
			assertThat(context).hasSingleBean(DataFetcherExceptionResolver.class);
			assertThat(context).doesNotHaveBean(OutboxWriter.class);
			assertThat(context).doesNotHaveBean(ProcessedEvents.class);
			assertThat(context).doesNotHaveBean(OutboxRelay.class);
			assertThat(context).doesNotHaveBean(StreamConsumers.class);
			assertThat(context).doesNotHaveBean(RateLimiter.class);
		});
	}

	@Test
	void withoutKeySourceEveryTokenIsRejected() {
		this.runner.run((context) -> assertThatExceptionOfType(TokenVerificationException.class)
			.isThrownBy(() -> context.getBean(JwtVerifier.class)
				.verify(TestTokens.shared().token(UUID.randomUUID(), Role.VIEWER))));
	}

	@Test
	void remoteJwksFromPropertyVerifiesTokens() {
		TestTokens tokens = TestTokens.shared();
		UUID id = UUID.randomUUID();
		this.runner.withPropertyValues("streamhub.security.jwks-url=" + tokens.jwksUrl())
			.run((context) -> assertThat(context.getBean(JwtVerifier.class).verify(tokens.token(id, Role.VIEWER)).id())
				.isEqualTo(id));
	}

	@Test
	void applicationKeySourceWinsOverRemoteJwks() {
		this.runner.withPropertyValues("streamhub.security.jwks-url=http://127.0.0.1:1/unreachable")
			.withUserConfiguration(OwnKeys.class)
			.run((context) -> {
				assertThat(context).getBeans(JWKSource.class).hasSize(1).containsKey("ownKeys");
				assertThatExceptionOfType(TokenVerificationException.class)
					.isThrownBy(() -> context.getBean(JwtVerifier.class)
						.verify(TestTokens.shared().token(UUID.randomUUID(), Role.VIEWER)));
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnKeys {

		@Bean
		JWKSource<SecurityContext> ownKeys() {
			return new ImmutableJWKSet<>(new JWKSet());
		}

	}

}
