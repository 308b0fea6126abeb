package io.streamhub.comments.comment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A comment row (deleted comments are never loaded).
 *
 * @param id the id
 * @param videoId the video it is on
 * @param parentId the top-level comment it answers, null for a top-level comment
 * @param authorId who wrote it
 * @param body plain text
 * @param createdAt creation time
 * @param editedAt last edit
 */
record Comment(UUID id, UUID videoId, @Nullable UUID parentId, UUID authorId, String body, Instant createdAt,
		@Nullable Instant editedAt) {

}
