package io.streamhub.realtime.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the realtime gateway, under {@code realtime}.
 */
@ConfigurationProperties("realtime")
public class RealtimeProperties {

	/**
	 * The supergraph: a rover {@code supergraph.yaml} (composed at start, must list the
	 * {@code realtime} subgraph) or a composed supergraph SDL file.
	 */
	private @Nullable Path supergraph;

	/**
	 * Routing URL overrides per subgraph name (e.g.
	 * {@code realtime.subgraph-urls.users}).
	 */
	private Map<String, URI> subgraphUrls = new LinkedHashMap<>();

	/**
	 * Name of the subgraph that declares {@code type Subscription} (served here).
	 */
	private String subgraphName = "realtime";

	/**
	 * WebSocket path.
	 */
	private String path = "/graphql";

	/**
	 * How long a client may take to send {@code connection_init} (close 4408 after).
	 */
	private Duration initTimeout = Duration.ofSeconds(10);

	/**
	 * Open connections allowed per signed-in user (close 4403 beyond).
	 */
	private int maxConnectionsPerUser = 10;

	/**
	 * Active operations allowed per connection (an {@code error} with code RATE_LIMITED
	 * beyond).
	 */
	private int maxSubscriptionsPerConnection = 100;

	/**
	 * Messages queued for a client that does not read before it is closed with 1013.
	 */
	private int outboundBufferMessages = 1024;

	/**
	 * Timeout of each subgraph request made to resolve an event or an operation.
	 */
	private Duration subgraphTimeout = Duration.ofSeconds(10);

	/**
	 * Redis streams tailed with XREAD.
	 */
	private List<String> streams = List.of("events:comments", "events:videos", "events:users", "events:availability");

	/**
	 * How long one XREAD blocks waiting for entries.
	 */
	private Duration readBlock = Duration.ofSeconds(2);

	/**
	 * Maximum entries per XREAD and stream.
	 */
	private int readCount = 500;

	public @Nullable Path getSupergraph() {
		return this.supergraph;
	}

	public void setSupergraph(@Nullable Path supergraph) {
		this.supergraph = supergraph;
	}

	public Map<String, URI> getSubgraphUrls() {
		return this.subgraphUrls;
	}

	public void setSubgraphUrls(Map<String, URI> subgraphUrls) {
		this.subgraphUrls = subgraphUrls;
	}

	public String getSubgraphName() {
		return this.subgraphName;
	}

	public void setSubgraphName(String subgraphName) {
		this.subgraphName = subgraphName;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public Duration getInitTimeout() {
		return this.initTimeout;
	}

	public void setInitTimeout(Duration initTimeout) {
		this.initTimeout = initTimeout;
	}

	public int getMaxConnectionsPerUser() {
		return this.maxConnectionsPerUser;
	}

	public void setMaxConnectionsPerUser(int maxConnectionsPerUser) {
		this.maxConnectionsPerUser = maxConnectionsPerUser;
	}

	public int getMaxSubscriptionsPerConnection() {
		return this.maxSubscriptionsPerConnection;
	}

	public void setMaxSubscriptionsPerConnection(int maxSubscriptionsPerConnection) {
		this.maxSubscriptionsPerConnection = maxSubscriptionsPerConnection;
	}

	public int getOutboundBufferMessages() {
		return this.outboundBufferMessages;
	}

	public void setOutboundBufferMessages(int outboundBufferMessages) {
		this.outboundBufferMessages = outboundBufferMessages;
	}

	public Duration getSubgraphTimeout() {
		return this.subgraphTimeout;
	}

	public void setSubgraphTimeout(Duration subgraphTimeout) {
		this.subgraphTimeout = subgraphTimeout;
	}

	public List<String> getStreams() {
		return this.streams;
	}

	public void setStreams(List<String> streams) {
		this.streams = streams;
	}

	public Duration getReadBlock() {
		return this.readBlock;
	}

	public void setReadBlock(Duration readBlock) {
		this.readBlock = readBlock;
	}

	public int getReadCount() {
		return this.readCount;
	}

	public void setReadCount(int readCount) {
		this.readCount = readCount;
	}

}
