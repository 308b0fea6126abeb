package io.streamhub.platform.paging;

import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;

/**
 * A validated {@code (first, after)} pair.
 *
 * @param first how many rows (0 to {@link #MAX_FIRST})
 * @param after the position to continue after, null from the start
 */
public record PageRequest(int first, @Nullable Cursor after) {

	/** The largest page. */
	public static final int MAX_FIRST = 100;

	/** The page size when {@code first} is omitted. */
	public static final int DEFAULT_FIRST = 20;

	/**
	 * Validates the arguments.
	 * @param first the {@code first} argument
	 * @param after the {@code after} argument
	 * @param kind the ordering cursors must belong to
	 * @return the request
	 */
	public static PageRequest of(@Nullable Integer first, @Nullable String after, String kind) {
		int size = (first != null) ? first : DEFAULT_FIRST;
		if (size < 0 || size > MAX_FIRST) {
			throw new BadUserInputException("first", "Must be between 0 and " + MAX_FIRST);
		}
		return new PageRequest(size, Cursor.decodeOptional(after, kind, "after"));
	}

}
