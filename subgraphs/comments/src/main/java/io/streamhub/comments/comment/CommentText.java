package io.streamhub.comments.comment;

import java.util.regex.Pattern;

import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;

/**
 * Comment bodies are plain text: 1-2000 characters after trimming, no markup (a {@code <}
 * followed by a letter, {@code /}, {@code !} or {@code ?} is refused; {@code a < b} is
 * fine), no control characters but line breaks and tabs.
 */
final class CommentText {

	static final int MAX = 2000;

	private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?]");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

	private CommentText() {
	}

	static String validate(@Nullable String body) {
		String text = (body != null) ? body.strip() : "";
		if (text.isEmpty() || text.length() > MAX) {
			throw new BadUserInputException("body", "Must be 1-" + MAX + " characters");
		}
		if (MARKUP.matcher(text).find()) {
			throw new BadUserInputException("body", "HTML is not allowed; plain text only");
		}
		if (CONTROL.matcher(text).find()) {
			throw new BadUserInputException("body", "Control characters are not allowed");
		}
		return text;
	}

}
