package io.streamhub.platform.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

/**
 * Builds the remote JWKS key source: keys are cached for a time to live, an unknown
 * {@code kid} triggers a refetch (so a rotated key is found), and refetches are rate
 * limited so that tokens with invented key ids cannot hammer the issuer.
 */
public final class RemoteJwks {

	private static final int TIMEOUT_MILLIS = 5000;

	private static final int SIZE_LIMIT_BYTES = 256 * 1024;

	private RemoteJwks() {
	}

	/**
	 * Build a remote key source.
	 * @param jwksUrl the JWKS URL
	 * @param cacheTtl how long a fetched key set is used before it is fetched again
	 * @param refetchMinInterval minimum time between two fetches
	 * @return the key source
	 */
	public static JWKSource<SecurityContext> of(URI jwksUrl, Duration cacheTtl, Duration refetchMinInterval) {
		try {
			return JWKSourceBuilder
				.<SecurityContext>create(jwksUrl.toURL(),
						new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, SIZE_LIMIT_BYTES))
				.cache(cacheTtl.toMillis(), TIMEOUT_MILLIS)
				.refreshAheadCache(false)
				.rateLimited(refetchMinInterval.toMillis())
				.retrying(true)
				.build();
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("Invalid JWKS URL " + jwksUrl, ex);
		}
	}

	/**
	 * Build a remote key source from {@code streamhub.security} properties.
	 * @param properties the properties, with a JWKS URL
	 * @return the key source
	 */
	public static JWKSource<SecurityContext> of(SecurityProperties properties) {
		URI url = properties.getJwksUrl();
		if (url == null) {
			throw new IllegalStateException("streamhub.security.jwks-url is not set");
		}
		return of(url, properties.getJwksCacheTtl(), properties.getJwksRefetchMinInterval());
	}

}
