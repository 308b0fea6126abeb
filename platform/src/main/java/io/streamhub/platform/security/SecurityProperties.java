package io.streamhub.platform.security;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token verification settings, under {@code streamhub.security}.
 */
@ConfigurationProperties("streamhub.security")
public class SecurityProperties {

	/**
	 * URL of the JWKS holding the token signing keys (the users service's
	 * {@code /.well-known/jwks.json}). Not needed when the application defines its own
	 * {@code JWKSource} bean.
	 */
	private @Nullable URI jwksUrl;

	/**
	 * Required value of the {@code iss} claim.
	 */
	private String issuer = "https://streamhub.local";

	/**
	 * Required value of (one of) the {@code aud} claim(s).
	 */
	private String audience = "streamhub";

	/**
	 * Tolerated clock difference when checking {@code exp} and {@code nbf}.
	 */
	private Duration clockSkew = Duration.ofSeconds(30);

	/**
	 * How long fetched keys are cached.
	 */
	private Duration jwksCacheTtl = Duration.ofMinutes(5);

	/**
	 * Minimum time between two JWKS fetches triggered by unknown key ids.
	 */
	private Duration jwksRefetchMinInterval = Duration.ofSeconds(10);

	public @Nullable URI getJwksUrl() {
		return this.jwksUrl;
	}

	public void setJwksUrl(@Nullable URI jwksUrl) {
		this.jwksUrl = jwksUrl;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getAudience() {
		return this.audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public Duration getClockSkew() {
		return this.clockSkew;
	}

	public void setClockSkew(Duration clockSkew) {
		this.clockSkew = clockSkew;
	}

	public Duration getJwksCacheTtl() {
		return this.jwksCacheTtl;
	}

	public void setJwksCacheTtl(Duration jwksCacheTtl) {
		this.jwksCacheTtl = jwksCacheTtl;
	}

	public Duration getJwksRefetchMinInterval() {
		return this.jwksRefetchMinInterval;
	}

	public void setJwksRefetchMinInterval(Duration jwksRefetchMinInterval) {
		this.jwksRefetchMinInterval = jwksRefetchMinInterval;
	}

}
