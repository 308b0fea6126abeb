package io.streamhub.router.server.config;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Persisted operations and APQ ({@code router.persisted-queries.*}).
 */
public class PersistedQueriesProperties {

	/**
	 * The manifest ({@code apollo-persisted-query-manifest} format), e.g.
	 * {@code persisted-queries/manifest.json}. Without it only APQ works.
	 */
	private @Nullable Path manifest;

	/**
	 * How often the manifest file is checked for changes; zero disables reloading.
	 */
	private Duration pollInterval = Duration.ofSeconds(2);

	/**
	 * APQ documents kept in memory (least recently used are dropped).
	 */
	private int apqCacheSize = 2000;

	/**
	 * How long an APQ document lives in Redis (shared by router instances).
	 */
	private Duration apqRedisTtl = Duration.ofHours(24);

	public @Nullable Path getManifest() {
		return this.manifest;
	}

	public void setManifest(@Nullable Path manifest) {
		this.manifest = manifest;
	}

	public Duration getPollInterval() {
		return this.pollInterval;
	}

	public void setPollInterval(Duration pollInterval) {
		this.pollInterval = pollInterval;
	}

	public int getApqCacheSize() {
		return this.apqCacheSize;
	}

	public void setApqCacheSize(int apqCacheSize) {
		this.apqCacheSize = apqCacheSize;
	}

	public Duration getApqRedisTtl() {
		return this.apqRedisTtl;
	}

	public void setApqRedisTtl(Duration apqRedisTtl) {
		this.apqRedisTtl = apqRedisTtl;
	}

}
