package io.streamhub.videos.playlist;

import io.streamhub.platform.paging.Cursor;
import io.streamhub.videos.video.Video;

/**
 * An edge of a {@code PlaylistVideoConnection}.
 *
 * @param node the video
 * @param position its 0-based position in the playlist
 */
record PlaylistEdge(Video node, int position) {

	static final String KIND = "POSITION";

	Cursor at() {
		return new Cursor(KIND, Integer.toString(this.position), this.node.id());
	}

	public String cursor() {
		return at().encode();
	}

}
