package io.streamhub.videos.video;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;

/**
 * Validation of user-written text. Text is plain: anything that looks like HTML markup (a
 * {@code <} followed by a letter, {@code /}, {@code !} or {@code ?}) is refused rather
 * than stored, so no client ever renders markup from us; a lone {@code <} as in
 * {@code "a < b"} is fine.
 */
public final class TextRules {

	private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?]");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

	/** At most this many tags. */
	static final int MAX_TAGS = 10;

	private TextRules() {
	}

	/**
	 * A required single-line text of bounded length, trimmed.
	 * @param value the value
	 * @param field the field reported in errors
	 * @param min minimum length after trimming
	 * @param max maximum length after trimming
	 * @return the trimmed value
	 */
	public static String line(@Nullable String value, String field, int min, int max) {
		String text = (value != null) ? value.strip() : "";
		if (text.length() < min || text.length() > max) {
			throw new BadUserInputException(field, "Must be " + min + "-" + max + " characters");
		}
		if (text.contains("\n") || text.contains("\r")) {
			throw new BadUserInputException(field, "Must be a single line");
		}
		return plain(text, field);
	}

	/**
	 * An optional multi-line text of bounded length, trimmed.
	 * @param value the value, null for empty
	 * @param field the field reported in errors
	 * @param max maximum length after trimming
	 * @return the trimmed value, empty when null
	 */
	public static String paragraph(@Nullable String value, String field, int max) {
		String text = (value != null) ? value.strip() : "";
		if (text.length() > max) {
			throw new BadUserInputException(field, "Must be at most " + max + " characters");
		}
		return plain(text, field);
	}

	/**
	 * Tags: at most 10, each 1-30 characters, lower-cased, duplicates removed (first
	 * occurrence kept).
	 * @param values the tags, null for none
	 * @param field the field reported in errors
	 * @return the normalised tags
	 */
	public static List<String> tags(@Nullable List<String> values, String field) {
		if (values == null) {
			return List.of();
		}
		Set<String> tags = new LinkedHashSet<>();
		for (String value : values) {
			tags.add(line(value, field, 1, 30).toLowerCase(Locale.ROOT));
		}
		if (tags.size() > MAX_TAGS) {
			throw new BadUserInputException(field, "At most " + MAX_TAGS + " tags");
		}
		return new ArrayList<>(tags);
	}

	private static String plain(String text, String field) {
		if (MARKUP.matcher(text).find()) {
			throw new BadUserInputException(field, "HTML is not allowed; plain text only");
		}
		if (CONTROL.matcher(text).find()) {
			throw new BadUserInputException(field, "Control characters are not allowed");
		}
		return text;
	}

}
