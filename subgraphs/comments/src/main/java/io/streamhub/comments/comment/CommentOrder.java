package io.streamhub.comments.comment;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.streamhub.platform.paging.Cursor;
import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;

/**
 * How a video's top-level comments are ordered, and the cursors of each ordering. Both
 * are keyset orderings ending in {@code id}, so cursors are stable (no OFFSET).
 */
enum CommentOrder {

	/** Newest first: (created_at, id) descending. Cursor key: the creation time. */
	NEWEST("CREATED"),

	/**
	 * Most liked first, then newest: (like_count, created_at, id) descending. Cursor key:
	 * {@code <likes>,<creation time>}.
	 */
	TOP("TOP");

	private final String cursorKind;

	CommentOrder(String cursorKind) {
		this.cursorKind = cursorKind;
	}

	String cursorKind() {
		return this.cursorKind;
	}

	/**
	 * The {@code orderBy} argument.
	 * @param value the enum value's name, null for the default
	 * @return the order
	 */
	static CommentOrder of(@Nullable String value) {
		return "TOP".equals(value) ? TOP : NEWEST;
	}

	Cursor cursor(Comment comment) {
		String time = comment.createdAt().toString();
		String key = (this == TOP) ? comment.likeCount() + "," + time : time;
		return new Cursor(this.cursorKind, key, comment.id());
	}

	/**
	 * Checks the key of a decoded cursor.
	 * @param cursor a cursor of this ordering
	 * @throws BadUserInputException (field {@code after}) when the key is malformed
	 */
	void validate(Cursor cursor) {
		try {
			if (this == NEWEST) {
				Instant.parse(cursor.key());
				return;
			}
			String[] parts = cursor.key().split(",", 2);
			if (parts.length != 2 || Integer.parseInt(parts[0]) < 0) {
				throw new BadUserInputException("after", "Not a valid cursor");
			}
			Instant.parse(parts[1]);
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new BadUserInputException("after", "Not a valid cursor");
		}
	}

	/**
	 * The like count of a TOP cursor.
	 * @param cursor a validated TOP cursor
	 * @return the likes
	 */
	static int likes(Cursor cursor) {
		return Integer.parseInt(cursor.key().substring(0, cursor.key().indexOf(',')));
	}

	/**
	 * The creation time of a cursor of either ordering.
	 * @param cursor a validated cursor
	 * @return the time as ISO-8601 text
	 */
	static String time(Cursor cursor) {
		int comma = cursor.key().indexOf(',');
		return (comma < 0) ? cursor.key() : cursor.key().substring(comma + 1);
	}

}
