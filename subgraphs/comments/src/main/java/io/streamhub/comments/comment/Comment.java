package io.streamhub.comments.comment;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.security.AuthenticatedUser;

import org.jspecify.annotations.Nullable;

/**
 * A comment row (deleted comments are never loaded, except a deleted top-level comment
 * that keeps its place for its replies).
 *
 * @param id the id
 * @param videoId the video it is on
 * @param parentId the top-level comment it answers, null for a top-level comment
 * @param authorId who wrote it
 * @param body plain text
 * @param createdAt creation time
 * @param editedAt last edit
 * @param status {@code VISIBLE}, {@code HIDDEN} (pending review) or {@code DELETED} (a
 * top-level comment deleted by its author or an admin while it has replies: it keeps its
 * place, without its text)
 * @param likeCount distinct users who like it (kept on the row for the TOP ordering)
 */
record Comment(UUID id, UUID videoId, @Nullable UUID parentId, UUID authorId, String body, Instant createdAt,
		@Nullable Instant editedAt, String status, int likeCount) {

	static final String VISIBLE = "VISIBLE";

	static final String HIDDEN = "HIDDEN";

	static final String DELETED = "DELETED";

	/** A hidden comment is shown to its author and admins only. */
	boolean shownTo(Optional<AuthenticatedUser> viewer) {
		if (!HIDDEN.equals(this.status)) {
			return true;
		}
		return viewer.filter((user) -> user.isAdmin() || user.id().equals(this.authorId)).isPresent();
	}

}
