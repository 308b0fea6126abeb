package io.streamhub.discovery.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.streamhub.platform.errors.BadUserInputException;

/**
 * Opaque search cursors: the sort values of a hit (for search_after) and a fingerprint of
 * the search they belong to, base64url-encoded. A cursor of another search, or anything
 * that does not decode, is refused with BAD_USER_INPUT on {@code after}.
 */
final class SearchCursor {

	private static final String VERSION = "s1";

	private SearchCursor() {
	}

	static String encode(SearchQuery query, List<FieldValue> sortValues) {
		List<String> parts = new ArrayList<>();
		parts.add(VERSION);
		parts.add(fingerprint(query));
		sortValues.stream().map(SearchCursor::encodeValue).forEach(parts::add);
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
	}

	static List<FieldValue> decode(SearchQuery query, String cursor) {
		String[] parts = decodeParts(cursor);
		if (parts.length < 3 || !VERSION.equals(parts[0])) {
			throw invalid();
		}
		if (!fingerprint(query).equals(parts[1])) {
			throw new BadUserInputException("after", "Cursor belongs to another search");
		}
		List<FieldValue> values = new ArrayList<>();
		for (int i = 2; i < parts.length; i++) {
			values.add(decodeValue(parts[i]));
		}
		return values;
	}

	private static String[] decodeParts(String cursor) {
		try {
			return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
	}

	private static String encodeValue(FieldValue value) {
		if (value.isDouble()) {
			return "d" + value.doubleValue();
		}
		if (value.isLong()) {
			return "l" + value.longValue();
		}
		if (value.isString()) {
			return "s" + Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(value.stringValue().getBytes(StandardCharsets.UTF_8));
		}
		return "n";
	}

	private static FieldValue decodeValue(String part) {
		try {
			if (part.startsWith("d")) {
				return FieldValue.of(Double.parseDouble(part.substring(1)));
			}
			if (part.startsWith("l")) {
				return FieldValue.of(Long.parseLong(part.substring(1)));
			}
			if (part.startsWith("s")) {
				return FieldValue
					.of(new String(Base64.getUrlDecoder().decode(part.substring(1)), StandardCharsets.UTF_8));
			}
			if (part.equals("n")) {
				return FieldValue.NULL;
			}
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		throw invalid();
	}

	private static String fingerprint(SearchQuery query) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(query.fingerprint().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static BadUserInputException invalid() {
		return new BadUserInputException("after", "Not a valid cursor");
	}

}
