package io.streamhub.router.conformance.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON mapper of the suite, and the conversions between plain Java values (what
 * graphql-java and the router hand out) and trees (what fixtures are written in).
 */
public final class Json {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private Json() {
	}

	public static ObjectMapper mapper() {
		return MAPPER;
	}

	public static JsonNode parse(String text) {
		try {
			return MAPPER.readTree(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static JsonNode parse(byte[] bytes) {
		try {
			return MAPPER.readTree(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Converts any value to a tree through its JSON text, so that numbers end up with the
	 * node type a parser would give them ({@code 1L} and {@code 1} compare equal
	 * afterwards).
	 */
	public static JsonNode normalize(@Nullable Object value) {
		return parse(write(value));
	}

	public static String write(@Nullable Object value) {
		try {
			return MAPPER.writeValueAsString(value);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String compact(JsonNode node) {
		return node.toString();
	}

	public static Map<String, Object> toMap(JsonNode node) {
		return MAPPER.convertValue(node, new TypeReference<Map<String, Object>>() {
		});
	}

	public static @Nullable Object toPlain(JsonNode node) {
		return MAPPER.convertValue(node, Object.class);
	}

	/**
	 * Whether {@code part} is contained in {@code whole}: maps key by key (extra keys in
	 * {@code whole} are fine), lists element by element, scalars by their text (an ID may
	 * be a number on one side and a string on the other).
	 */
	public static boolean contains(@Nullable Object whole, @Nullable Object part) {
		if (part == null || whole == null) {
			return part == whole;
		}
		if (part instanceof Map<?, ?> partMap) {
			return whole instanceof Map<?, ?> wholeMap && mapContains(wholeMap, partMap);
		}
		if (part instanceof List<?> partList) {
			return whole instanceof List<?> wholeList && listContains(wholeList, partList);
		}
		return String.valueOf(whole).equals(String.valueOf(part));
	}

	private static boolean mapContains(Map<?, ?> whole, Map<?, ?> part) {
		for (Map.Entry<?, ?> entry : part.entrySet()) {
			if (!whole.containsKey(entry.getKey()) || !contains(whole.get(entry.getKey()), entry.getValue())) {
				return false;
			}
		}
		return true;
	}

	private static boolean listContains(List<?> whole, List<?> part) {
		if (whole.size() != part.size()) {
			return false;
		}
		Iterator<?> wholeItems = whole.iterator();
		for (Object item : part) {
			if (!contains(wholeItems.next(), item)) {
				return false;
			}
		}
		return true;
	}

}
