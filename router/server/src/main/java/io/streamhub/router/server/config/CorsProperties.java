package io.streamhub.router.server.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * CORS ({@code router.cors.*}): browsers on these origins may call {@code /graphql}.
 */
public class CorsProperties {

	/**
	 * Allowed origins (exact, e.g. {@code https://app.streamhub.example}); empty allows
	 * no cross-origin browser calls. {@code *} is refused together with credentials.
	 */
	private List<String> allowedOrigins = new ArrayList<>();

	/**
	 * Whether browsers may send cookies / authorization with cross-origin calls.
	 */
	private boolean allowCredentials = false;

	/**
	 * Request headers browsers may send.
	 */
	private List<String> allowedHeaders = new ArrayList<>(List.of("content-type", "authorization", "x-api-key",
			"apollographql-client-name", "apollographql-client-version", "x-request-id", "traceparent"));

	/**
	 * Response headers browsers may read.
	 */
	private List<String> exposedHeaders = new ArrayList<>(List.of("x-request-id", "retry-after"));

	/**
	 * How long browsers cache a preflight answer.
	 */
	private Duration maxAge = Duration.ofMinutes(30);

	public List<String> getAllowedOrigins() {
		return this.allowedOrigins;
	}

	public void setAllowedOrigins(List<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins;
	}

	public boolean isAllowCredentials() {
		return this.allowCredentials;
	}

	public void setAllowCredentials(boolean allowCredentials) {
		this.allowCredentials = allowCredentials;
	}

	public List<String> getAllowedHeaders() {
		return this.allowedHeaders;
	}

	public void setAllowedHeaders(List<String> allowedHeaders) {
		this.allowedHeaders = allowedHeaders;
	}

	public List<String> getExposedHeaders() {
		return this.exposedHeaders;
	}

	public void setExposedHeaders(List<String> exposedHeaders) {
		this.exposedHeaders = exposedHeaders;
	}

	public Duration getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(Duration maxAge) {
		this.maxAge = maxAge;
	}

}
