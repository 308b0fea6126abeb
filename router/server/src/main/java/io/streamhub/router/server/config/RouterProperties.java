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
	 * Whether introspection ({@code __schema}, {@code __type}) is answered.
	 */
	private boolean introspection = true;

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

	public boolean isIntrospection() {
		return this.introspection;
	}

	public void setIntrospection(boolean introspection) {
		this.introspection = introspection;
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
