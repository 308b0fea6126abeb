package io.streamhub.comments.comment;

import io.streamhub.platform.paging.Cursor;

/**
 * An edge of a {@code CommentConnection}.
 *
 * @param node the comment
 * @param order the ordering of the list it is in (its cursor follows it)
 */
record CommentEdge(Comment node, CommentOrder order) {

	/** Cursor kind of lists ordered by creation time and id. */
	static final String KIND = CommentOrder.NEWEST.cursorKind();

	/**
	 * An edge of a list ordered by creation time (replies, the moderation queue, NEWEST).
	 * @param node the comment
	 */
	CommentEdge(Comment node) {
		this(node, CommentOrder.NEWEST);
	}

	Cursor position() {
		return this.order.cursor(this.node);
	}

	public String cursor() {
		return position().encode();
	}

}
