package io.streamhub.availability.access;

import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.security.AuthenticatedUser;

/**
 * A video as the availability service knows it, and the videos service's visibility rule:
 * the owner and admins see it; others only when it is not PRIVATE, READY and not deleted.
 *
 * @param videoId the video
 * @param ownerId its creator
 * @param visibility PUBLIC, UNLISTED or PRIVATE
 * @param status UPLOADING, PROCESSING, READY or FAILED
 * @param deleted whether it was deleted
 */
public record VideoAccess(UUID videoId, UUID ownerId, String visibility, String status, boolean deleted) {

	/**
	 * Whether the viewer may see the video (and its availability).
	 * @param viewer the viewer, empty when anonymous
	 * @return whether it is visible
	 */
	public boolean visibleTo(Optional<AuthenticatedUser> viewer) {
		if (this.deleted) {
			return false;
		}
		if (viewer.map((user) -> user.isAdmin() || user.id().equals(this.ownerId)).orElse(false)) {
			return true;
		}
		return !"PRIVATE".equals(this.visibility) && "READY".equals(this.status);
	}

}
