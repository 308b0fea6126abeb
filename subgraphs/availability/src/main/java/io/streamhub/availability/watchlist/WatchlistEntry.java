package io.streamhub.availability.watchlist;

import java.time.Instant;
import java.util.UUID;

import io.streamhub.platform.paging.Cursor;

/**
 * A video on a user's watchlist (the GraphQL {@code WatchlistEntry}).
 *
 * @param userId the user
 * @param videoId the video
 * @param addedAt when it was added
 */
public record WatchlistEntry(UUID userId, UUID videoId, Instant addedAt) {

	static final String CURSOR_KIND = "WATCHLIST";

	/**
	 * The entry's position in its (newest first) watchlist.
	 * @return the cursor
	 */
	public Cursor position() {
		return new Cursor(CURSOR_KIND, this.addedAt.toString(), this.videoId);
	}

}
