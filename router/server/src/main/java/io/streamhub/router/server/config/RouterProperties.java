package io.streamhub.router.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the router, under the {@code router.} prefix.
 */
@ConfigurationProperties("router")
public class RouterProperties {

	/**
	 * The bean name {@code @EnableConfigurationProperties} gives this class (beans built
	 * in the background must name their mainline dependencies).
	 */
	public static final String BEAN_NAME = "router-io.streamhub.router.server.config.RouterProperties";

	/**
	 * Where the supergraph comes from: a composed supergraph SDL file ({@code .graphql}),
	 * or a rover {@code supergraph.yaml} ({@code .yaml}/{@code .yml}) composed at start.
	 * When unset, {@code ./supergraph.graphql} is used if it exists.
	 */
	private @Nullable Path supergraph;

	/**
	 * How long one subgraph request may take before it is abandoned (the field becomes an
	 * error).
	 */
	private Duration subgraphTimeout = Duration.ofSeconds(30);

	/**
	 * Maximum number of query plans kept in the plan cache.
	 */
	private int planCacheSize = 1000;

	/**
	 * Whether identical subgraph fetches of queries in flight at the same time (same
	 * subgraph, body and headers other than tracing ones) share one request.
	 */
	private boolean deduplicateQueries = true;

	/**
	 * Who may introspect ({@code __schema}, {@code __type}): {@code admins} (tokens with
	 * the ADMIN role), {@code everyone} (the {@code dev} profile's setting; {@code true}
	 * means the same) or {@code nobody} ({@code false}).
	 */
	private String introspection = "admins";

	/**
	 * How often the supergraph file is checked for changes (hot reload); zero disables
	 * reloading.
	 */
	private Duration supergraphPollInterval = Duration.ofSeconds(2);

	/**
	 * Redis, for rate limits and the shared APQ tier (e.g.
	 * {@code redis://localhost:6379}). Without it, rate limits are off and APQ is
	 * in-memory only.
	 */
	private @Nullable URI redisUrl;

	private final JwtProperties jwt = new JwtProperties();

	private final ClientsProperties clients = new ClientsProperties();

	private final PersistedQueriesProperties persistedQueries = new PersistedQueriesProperties();

	private final LimitsProperties limits = new LimitsProperties();

	private final RateLimitsProperties rateLimits = new RateLimitsProperties();

	private final HeadersProperties headers = new HeadersProperties();

	private final CorsProperties cors = new CorsProperties();

	private final BatchingProperties batching = new BatchingProperties();

	private final TelemetryProperties telemetry = new TelemetryProperties();

	/**
	 * Largest accepted request body; larger requests are refused with 413.
	 */
	private DataSize maxBodySize = DataSize.ofMegabytes(1);

	/**
	 * Routing URL per subgraph name, overriding the URL in the supergraph (local runs and
	 * tests, where ports vary).
	 */
	private Map<String, URI> subgraphUrls = new LinkedHashMap<>();

	public @Nullable Path getSupergraph() {
		return this.supergraph;
	}

	public void setSupergraph(@Nullable Path supergraph) {
		this.supergraph = supergraph;
	}

	public Duration getSubgraphTimeout() {
		return this.subgraphTimeout;
	}

	public void setSubgraphTimeout(Duration subgraphTimeout) {
		this.subgraphTimeout = subgraphTimeout;
	}

	public int getPlanCacheSize() {
		return this.planCacheSize;
	}

	public void setPlanCacheSize(int planCacheSize) {
		this.planCacheSize = planCacheSize;
	}

	public boolean isDeduplicateQueries() {
		return this.deduplicateQueries;
	}

	public void setDeduplicateQueries(boolean deduplicateQueries) {
		this.deduplicateQueries = deduplicateQueries;
	}

	public String getIntrospection() {
		return this.introspection;
	}

	public void setIntrospection(String introspection) {
		this.introspection = introspection;
	}

	/**
	 * Who may introspect, from {@link #getIntrospection()}.
	 * @return the access
	 * @throws IllegalStateException for an unknown value
	 */
	public IntrospectionAccess introspectionAccess() {
		return switch (this.introspection.trim().toLowerCase(java.util.Locale.ROOT)) {
			case "everyone", "true" -> IntrospectionAccess.EVERYONE;
			case "nobody", "false" -> IntrospectionAccess.NOBODY;
			case "admins" -> IntrospectionAccess.ADMINS;
			default -> throw new IllegalStateException(
					"router.introspection must be admins, everyone or nobody, not '" + this.introspection + "'");
		};
	}

	public Duration getSupergraphPollInterval() {
		return this.supergraphPollInterval;
	}

	public void setSupergraphPollInterval(Duration supergraphPollInterval) {
		this.supergraphPollInterval = supergraphPollInterval;
	}

	public @Nullable URI getRedisUrl() {
		return this.redisUrl;
	}

	public void setRedisUrl(@Nullable URI redisUrl) {
		this.redisUrl = redisUrl;
	}

	public JwtProperties getJwt() {
		return this.jwt;
	}

	public ClientsProperties getClients() {
		return this.clients;
	}

	public PersistedQueriesProperties getPersistedQueries() {
		return this.persistedQueries;
	}

	public LimitsProperties getLimits() {
		return this.limits;
	}

	public RateLimitsProperties getRateLimits() {
		return this.rateLimits;
	}

	public HeadersProperties getHeaders() {
		return this.headers;
	}

	public CorsProperties getCors() {
		return this.cors;
	}

	public BatchingProperties getBatching() {
		return this.batching;
	}

	public TelemetryProperties getTelemetry() {
		return this.telemetry;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public Map<String, URI> getSubgraphUrls() {
		return this.subgraphUrls;
	}

	public void setSubgraphUrls(Map<String, URI> subgraphUrls) {
		this.subgraphUrls = subgraphUrls;
	}

}
