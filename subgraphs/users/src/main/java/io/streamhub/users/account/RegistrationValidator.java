package io.streamhub.users.account;

import java.util.Locale;
import java.util.regex.Pattern;

import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;

/**
 * Checks a registration field by field; the first invalid field fails with
 * {@link BadUserInputException} naming it ({@code input.email}, ...).
 */
final class RegistrationValidator {

	static final int MAX_EMAIL = 254;

	static final int MIN_PASSWORD = 10;

	static final int MAX_PASSWORD = 128;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

	private static final Pattern USERNAME = Pattern.compile("^[a-z0-9_]{3,30}$");

	private RegistrationValidator() {
	}

	static Registration validate(@Nullable String email, @Nullable String username, @Nullable String password,
			@Nullable String displayName) {
		String trimmedEmail = (email != null) ? email.trim() : "";
		if (trimmedEmail.length() > MAX_EMAIL || !EMAIL.matcher(trimmedEmail).matches()) {
			throw new BadUserInputException("input.email", "Not a valid e-mail address");
		}
		String normalizedUsername = (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
		if (!USERNAME.matcher(normalizedUsername).matches()) {
			throw new BadUserInputException("input.username", "Use 3 to 30 characters: a-z, 0-9 and _");
		}
		if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
			throw new BadUserInputException("input.password",
					"Use at least " + MIN_PASSWORD + " and at most " + MAX_PASSWORD + " characters");
		}
		String name = ProfileValidator.displayName(displayName, "input.displayName");
		return new Registration(trimmedEmail, normalizedUsername, password, name);
	}

}
