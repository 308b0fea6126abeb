package io.streamhub.videos.video;

import java.util.List;

/**
 * What the media worker produced for a video ({@code media.completed}).
 *
 * @param renditions the HLS ladder
 * @param durationSeconds duration
 * @param width source width
 * @param height source height
 * @param masterKey object key of the master playlist
 * @param thumbnailKey object key of the thumbnail
 */
public record MediaOutputs(List<RenditionKey> renditions, double durationSeconds, int width, int height,
		String masterKey, String thumbnailKey) {

	public MediaOutputs {
		renditions = List.copyOf(renditions);
	}

}
