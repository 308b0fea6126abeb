package io.streamhub.videos.video;

import io.streamhub.platform.paging.Cursor;

/**
 * An edge of a {@code VideoConnection}.
 *
 * @param node the video
 * @param position where it sits in its ordering
 */
public record VideoEdge(Video node, Cursor position) {

	/**
	 * The opaque cursor.
	 * @return the encoded position
	 */
	public String cursor() {
		return this.position.encode();
	}

}
