package io.streamhub.videos.storage;

import java.time.Instant;
import java.util.Map;

/**
 * A presigned PUT.
 *
 * @param url the URL
 * @param headers headers the request must carry (signed), without {@code host} and
 * {@code content-length}, which HTTP clients set themselves
 * @param expiresAt when the URL stops working
 */
public record PresignedUpload(String url, Map<String, String> headers, Instant expiresAt) {

	public PresignedUpload {
		headers = Map.copyOf(headers);
	}

}
