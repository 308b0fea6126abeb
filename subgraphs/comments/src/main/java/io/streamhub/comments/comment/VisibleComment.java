package io.streamhub.comments.comment;

import java.util.Optional;

import io.streamhub.comments.access.VideoAccess;
import io.streamhub.platform.security.AuthenticatedUser;
import org.jspecify.annotations.Nullable;

/**
 * A comment with what is known of its video.
 *
 * @param comment the comment
 * @param access the video's access row, null when the video is unknown here
 */
record VisibleComment(Comment comment, @Nullable VideoAccess access) {

	boolean visibleTo(Optional<AuthenticatedUser> viewer) {
		return this.access != null && this.access.visibleTo(viewer) && this.comment.shownTo(viewer);
	}

}
