package io.streamhub.availability.ingest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of a sync, per platform.
 *
 * @param platforms one result per feed
 */
public record SyncReport(List<PlatformResult> platforms) {

	public SyncReport {
		platforms = List.copyOf(platforms);
	}

	/**
	 * Results by slug.
	 * @return the results
	 */
	public Map<String, PlatformResult> bySlug() {
		return this.platforms.stream().collect(Collectors.toMap(PlatformResult::slug, (result) -> result));
	}

	/**
	 * One platform's outcome.
	 *
	 * @param slug the platform
	 * @param batches feed requests made or attempted
	 * @param failedBatches requests that failed (error, timeout, open circuit, rate
	 * limit): their videos keep their last known offers
	 * @param changes changes detected
	 */
	public record PlatformResult(String slug, int batches, int failedBatches, int changes) {

	}

}
