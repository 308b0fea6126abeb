package io.streamhub.media.job;

import java.util.List;

/**
 * What a successful job produced ({@code media.completed}).
 *
 * @param renditions the ladder, highest first
 * @param durationSeconds source duration
 * @param width source display width
 * @param height source display height
 * @param masterKey object key of the master playlist
 * @param thumbnailKey object key of the thumbnail
 */
public record JobOutputs(List<Rendition> renditions, double durationSeconds, int width, int height, String masterKey,
		String thumbnailKey) {

	public JobOutputs {
		renditions = List.copyOf(renditions);
	}

	/**
	 * One rendition as stored.
	 *
	 * @param name e.g. {@code 720p}
	 * @param width pixels
	 * @param height pixels
	 * @param bandwidth peak bits per second (the master's BANDWIDTH)
	 * @param playlistKey object key of the media playlist
	 */
	public record Rendition(String name, int width, int height, long bandwidth, String playlistKey) {

	}

}
