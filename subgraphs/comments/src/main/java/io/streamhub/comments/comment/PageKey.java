package io.streamhub.comments.comment;

import java.util.UUID;

import io.streamhub.platform.paging.PageRequest;

/**
 * A DataLoader key: one page of a video's top-level comments or of a comment's replies.
 *
 * @param ownerId the video or the parent comment
 * @param page which page
 * @param order the ordering (replies are always oldest first)
 */
record PageKey(UUID ownerId, PageRequest page, CommentOrder order) {

	PageKey(UUID ownerId, PageRequest page) {
		this(ownerId, page, CommentOrder.NEWEST);
	}

}
