package io.streamhub.videos.video;

import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.security.AuthenticatedUser;

/**
 * The visibility rules, in one place, applied on every path ({@code video},
 * {@code videos}, {@code User.videos}, {@code Playlist.videos}, {@code _entities}).
 */
public final class VideoAccess {

	private VideoAccess() {
	}

	/**
	 * Whether the viewer owns the video or is an admin: they see everything about it.
	 * @param viewer the viewer, empty when anonymous
	 * @param ownerId the video's owner
	 * @return whether the viewer has full access
	 */
	public static boolean isOwnerOrAdmin(Optional<AuthenticatedUser> viewer, UUID ownerId) {
		return viewer.map((user) -> user.isAdmin() || user.id().equals(ownerId)).orElse(false);
	}

	/**
	 * Whether a video may be shown to the viewer when asked for by id: the owner and
	 * admins always; others only READY videos that are not PRIVATE (UNLISTED included).
	 * @param video the video
	 * @param viewer the viewer
	 * @return whether it is visible
	 */
	public static boolean canSee(Video video, Optional<AuthenticatedUser> viewer) {
		if (isOwnerOrAdmin(viewer, video.ownerId())) {
			return true;
		}
		return video.visibility() != Visibility.PRIVATE && video.status() == VideoStatus.READY;
	}

	/**
	 * The SQL condition (over table alias {@code v}) for videos a viewer may see in a
	 * listing of other people's videos: PUBLIC and READY, never deleted.
	 */
	public static final String LISTED = "v.deleted_at IS NULL AND v.visibility = 'PUBLIC' AND v.status = 'READY'";

}
