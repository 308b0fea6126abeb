package io.streamhub.router.execution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.jspecify.annotations.Nullable;

/**
 * JSON with Jackson's streaming API only: documents are read once into a compact tree of
 * {@link LinkedHashMap}, {@link ArrayList}, {@link String}, {@link Number},
 * {@link Boolean} and {@code null}, and written once with a generator.
 */
public final class Json {

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	private Json() {
	}

	/**
	 * Parses a JSON document into a tree.
	 * @param bytes UTF-8 JSON
	 * @return the tree
	 * @throws JsonException when the bytes are not one valid JSON value
	 */
	public static @Nullable Object parse(byte[] bytes) {
		try (JsonParser parser = FACTORY.createParser(bytes)) {
			JsonToken token = parser.nextToken();
			if (token == null) {
				throw new JsonException("empty JSON document");
			}
			Object value = readValue(parser, token);
			if (parser.nextToken() != null) {
				throw new JsonException("trailing content after JSON value");
			}
			return value;
		}
		catch (IOException ex) {
			throw new JsonException("invalid JSON: " + ex.getMessage(), ex);
		}
	}

	private static @Nullable Object readValue(JsonParser parser, JsonToken token) throws IOException {
		switch (token) {
			case START_OBJECT:
				return readObject(parser);
			case START_ARRAY:
				return readArray(parser);
			case VALUE_STRING:
				return parser.getText();
			case VALUE_NUMBER_INT:
				return parser.getNumberValue();
			case VALUE_NUMBER_FLOAT:
				return parser.getDoubleValue();
			case VALUE_TRUE:
				return Boolean.TRUE;
			case VALUE_FALSE:
				return Boolean.FALSE;
			case VALUE_NULL:
				return null;
			default:
				throw new JsonException("unexpected token " + token);
		}
	}

	private static Map<String, @Nullable Object> readObject(JsonParser parser) throws IOException {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		String name;
		while ((name = parser.nextFieldName()) != null) {
			map.put(name, readValue(parser, parser.nextToken()));
		}
		return map;
	}

	private static List<@Nullable Object> readArray(JsonParser parser) throws IOException {
		List<@Nullable Object> list = new ArrayList<>();
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			list.add(readValue(parser, token));
		}
		return list;
	}

	/**
	 * Writes a tree (maps, lists, scalars) as UTF-8 JSON.
	 * @param value the tree
	 * @return the bytes
	 */
	public static byte[] write(@Nullable Object value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256);
		try (JsonGenerator generator = FACTORY.createGenerator(out)) {
			writeValue(generator, value);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Writes a tree to a generator.
	 * @param generator the generator
	 * @param value the tree
	 * @throws IOException on write failure
	 */
	public static void writeValue(JsonGenerator generator, @Nullable Object value) throws IOException {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof Map<?, ?> map) {
			writeObject(generator, map);
		}
		else if (value instanceof List<?> list) {
			generator.writeStartArray();
			for (Object item : list) {
				writeValue(generator, item);
			}
			generator.writeEndArray();
		}
		else if (value instanceof String string) {
			generator.writeString(string);
		}
		else if (value instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else {
			writeScalar(generator, value);
		}
	}

	private static void writeObject(JsonGenerator generator, Map<?, ?> map) throws IOException {
		generator.writeStartObject();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			generator.writeFieldName(String.valueOf(entry.getKey()));
			writeValue(generator, entry.getValue());
		}
		generator.writeEndObject();
	}

	private static void writeScalar(JsonGenerator generator, Object value) throws IOException {
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			generator.writeNumber(((Number) value).longValue());
		}
		else if (value instanceof java.math.BigInteger big) {
			generator.writeNumber(big);
		}
		else if (value instanceof java.math.BigDecimal decimal) {
			generator.writeNumber(decimal);
		}
		else if (value instanceof Number number) {
			generator.writeNumber(number.doubleValue());
		}
		else {
			generator.writeString(value.toString());
		}
	}

}
