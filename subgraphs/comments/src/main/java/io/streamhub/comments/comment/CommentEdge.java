package io.streamhub.comments.comment;

import io.streamhub.comments.paging.Cursor;

/**
 * An edge of a {@code CommentConnection}.
 *
 * @param node the comment
 */
record CommentEdge(Comment node) {

	/** Cursor kind of comment lists (ordered by creation time and id). */
	static final String KIND = "CREATED";

	Cursor position() {
		return new Cursor(KIND, this.node.createdAt().toString(), this.node.id());
	}

	public String cursor() {
		return position().encode();
	}

}
