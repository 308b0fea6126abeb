package io.streamhub.users.account;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;

/**
 * Length limits of profile fields and the http(s) rule for avatar URLs.
 */
final class ProfileValidator {

	static final int MAX_DISPLAY_NAME = 60;

	static final int MAX_BIO = 500;

	static final int MAX_URL = 2048;

	private static final Set<String> SCHEMES = Set.of("http", "https");

	private ProfileValidator() {
	}

	static ProfileChange validate(@Nullable String displayName, @Nullable String bio, @Nullable String avatarUrl) {
		String name = (displayName != null) ? displayName(displayName, "input.displayName") : null;
		if (bio != null && bio.length() > MAX_BIO) {
			throw new BadUserInputException("input.bio", "At most " + MAX_BIO + " characters");
		}
		String url = (avatarUrl != null) ? avatarUrl.trim() : null;
		if (url != null && !url.isEmpty()) {
			checkUrl(url);
		}
		return new ProfileChange(name, bio, url);
	}

	static String displayName(@Nullable String displayName, String field) {
		String trimmed = (displayName != null) ? displayName.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > MAX_DISPLAY_NAME) {
			throw new BadUserInputException(field, "Use 1 to " + MAX_DISPLAY_NAME + " characters");
		}
		return trimmed;
	}

	private static void checkUrl(String url) {
		if (url.length() > MAX_URL) {
			throw new BadUserInputException("input.avatarUrl", "At most " + MAX_URL + " characters");
		}
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!SCHEMES.contains(scheme) || uri.getHost() == null) {
				throw new BadUserInputException("input.avatarUrl", "Must be an http or https URL");
			}
		}
		catch (URISyntaxException ex) {
			throw new BadUserInputException("input.avatarUrl", "Must be an http or https URL");
		}
	}

}
