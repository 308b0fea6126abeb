package io.streamhub.router.server.config;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Bearer token verification ({@code router.jwt.*}). Issuer, audience and clock skew are
 * the platform's {@code streamhub.security.*} settings.
 */
public class JwtProperties {

	/**
	 * The users service's JWKS (e.g.
	 * {@code http://localhost:4001/.well-known/jwks.json}). Falls back to
	 * {@code streamhub.security.jwks-url}. Without either, tokens are forwarded
	 * unverified and every request is anonymous to the router's policies.
	 */
	private @Nullable URI jwksUrl;

	/**
	 * Verified tokens remembered (until they expire), so that a client's repeated token
	 * costs one signature check.
	 */
	private int cacheSize = 10_000;

	/**
	 * How long fetched keys are used before the JWKS is fetched again (an unknown
	 * {@code kid} refetches sooner).
	 */
	private Duration jwksCacheTtl = Duration.ofMinutes(5);

	public @Nullable URI getJwksUrl() {
		return this.jwksUrl;
	}

	public void setJwksUrl(@Nullable URI jwksUrl) {
		this.jwksUrl = jwksUrl;
	}

	public int getCacheSize() {
		return this.cacheSize;
	}

	public void setCacheSize(int cacheSize) {
		this.cacheSize = cacheSize;
	}

	public Duration getJwksCacheTtl() {
		return this.jwksCacheTtl;
	}

	public void setJwksCacheTtl(Duration jwksCacheTtl) {
		this.jwksCacheTtl = jwksCacheTtl;
	}

}
