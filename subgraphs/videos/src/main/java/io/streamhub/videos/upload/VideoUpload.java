package io.streamhub.videos.upload;

import java.time.Instant;
import java.util.List;

import io.streamhub.videos.video.Video;

/**
 * The GraphQL {@code VideoUpload}.
 *
 * @param video the new video (UPLOADING)
 * @param uploadUrl the presigned PUT URL
 * @param uploadHeaders headers the PUT must carry
 * @param expiresAt when the URL expires
 */
record VideoUpload(Video video, String uploadUrl, List<HttpHeader> uploadHeaders, Instant expiresAt) {

	VideoUpload {
		uploadHeaders = List.copyOf(uploadHeaders);
	}

	/**
	 * The GraphQL {@code HttpHeader}.
	 *
	 * @param name lower-case header name
	 * @param value the value
	 */
	record HttpHeader(String name, String value) {

	}

}
