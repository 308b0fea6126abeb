package io.streamhub.discovery.video;

import java.util.UUID;

/**
 * A reference to a video (the videos service resolves its fields). Named like the GraphQL
 * type: DGS resolves entity types by class name.
 *
 * @param id the video id
 */
public record Video(String id) {

	/**
	 * A reference by id.
	 * @param id the video id
	 * @return the reference
	 */
	public static Video of(UUID id) {
		return new Video(id.toString());
	}

}
