package io.streamhub.users.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;

/**
 * A position in a list ordered by (time, id) descending; opaque (base64url) on the wire.
 *
 * @param time the time of the row
 * @param id the id of the row
 */
public record Cursor(Instant time, UUID id) {

	/** Before every row: the start of a newest-first list. */
	public static final Cursor START = new Cursor(Instant.parse("9999-12-31T00:00:00Z"),
			UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"));

	/**
	 * The cursor of an {@code after} argument.
	 * @param after the argument value (null: from the start)
	 * @param field the argument name, reported in errors
	 * @return the cursor
	 */
	public static Cursor decode(@Nullable String after, String field) {
		if (after == null || after.isEmpty()) {
			return START;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			int separator = text.indexOf('|');
			return new Cursor(Instant.parse(text.substring(0, separator)),
					UUID.fromString(text.substring(separator + 1)));
		}
		catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException ex) {
			throw new BadUserInputException(field, "Not a valid cursor");
		}
	}

	/**
	 * The opaque form.
	 * @return base64url text
	 */
	public String encode() {
		String text = this.time + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
