package io.streamhub.platform.ids;

import java.util.Optional;
import java.util.UUID;

import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;

/**
 * Parses GraphQL {@code ID}s, which are UUIDs in every StreamHub service.
 */
public final class Ids {

	private Ids() {
	}

	/**
	 * Parses an argument.
	 * @param value the argument value
	 * @param field the argument name, reported in the error
	 * @return the id
	 * @throws BadUserInputException when the value is not a UUID
	 */
	public static UUID parse(@Nullable String value, String field) {
		return tryParse(value).orElseThrow(() -> new BadUserInputException(field, "Not a valid id"));
	}

	/**
	 * Parses a value that may be garbage (e.g. an entity representation).
	 * @param value the value
	 * @return the id, empty when the value is not a UUID
	 */
	public static Optional<UUID> tryParse(@Nullable Object value) {
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value.toString()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
