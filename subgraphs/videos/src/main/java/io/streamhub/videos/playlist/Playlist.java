package io.streamhub.videos.playlist;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.videos.video.VideoAccess;
import io.streamhub.videos.video.Visibility;

/**
 * A playlist row.
 *
 * @param id the id
 * @param ownerId the owner
 * @param title 1-150 characters
 * @param description plain text
 * @param visibility who may see it
 * @param createdAt creation time
 */
record Playlist(UUID id, UUID ownerId, String title, String description, Visibility visibility, Instant createdAt) {

	/**
	 * PRIVATE playlists are visible to their owner and admins only; UNLISTED by id.
	 */
	boolean visibleTo(Optional<AuthenticatedUser> viewer) {
		return this.visibility != Visibility.PRIVATE || VideoAccess.isOwnerOrAdmin(viewer, this.ownerId);
	}

}
