package io.streamhub.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;

/**
 * A position in a list ordered by (key, id): the key is the sort value of the row (a
 * timestamp, a count, a position) as text. Opaque (base64url) on the wire; the
 * {@code kind} makes a cursor of one ordering invalid for another.
 *
 * @param kind the ordering the cursor belongs to, e.g. {@code "NEWEST"}
 * @param key the row's sort value
 * @param id the row's id
 */
public record Cursor(String kind, String key, UUID id) {

	/**
	 * The cursor of an {@code after} argument.
	 * @param after the argument value
	 * @param kind the expected ordering
	 * @param field the argument name, reported in errors
	 * @return the cursor
	 */
	public static Cursor decode(String after, String kind, String field) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\\|", 3);
			if (parts.length != 3 || !parts[0].equals(kind)) {
				throw new BadUserInputException(field, "Not a valid cursor");
			}
			return new Cursor(parts[0], parts[1], UUID.fromString(parts[2]));
		}
		catch (IllegalArgumentException ex) {
			throw new BadUserInputException(field, "Not a valid cursor");
		}
	}

	/**
	 * The cursor of an optional {@code after} argument.
	 * @param after the argument value
	 * @param kind the expected ordering
	 * @param field the argument name
	 * @return the cursor, or null from the start
	 */
	public static @Nullable Cursor decodeOptional(@Nullable String after, String kind, String field) {
		return (after == null || after.isEmpty()) ? null : decode(after, kind, field);
	}

	/**
	 * The opaque form.
	 * @return base64url text
	 */
	public String encode() {
		String text = this.kind + "|" + this.key + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
