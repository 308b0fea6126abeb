package io.streamhub.platform.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads the JSON form of {@link EventEnvelope}. The envelope fields are
 * written explicitly (not by data binding), so the format does not depend on any mapper
 * configuration.
 */
public final class EventJson {

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private EventJson() {
	}

	/**
	 * Serialize an event.
	 * @param event the event
	 * @return its JSON text
	 */
	public static String write(EventEnvelope event) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("id", event.id().toString());
		root.put("type", event.type());
		root.put("occurredAt", event.occurredAt().toString());
		ObjectNode subject = root.putObject("subject");
		subject.put("type", event.subject().type());
		subject.put("id", event.subject().id().toString());
		if (event.actor() != null) {
			root.put("actor", event.actor().toString());
		}
		else {
			root.putNull("actor");
		}
		root.set("data", MAPPER.valueToTree(event.data()));
		return MAPPER.writeValueAsString(root);
	}

	/**
	 * Parse an event.
	 * @param json the JSON text
	 * @return the event
	 * @throws IllegalArgumentException if the text is not a valid envelope
	 */
	public static EventEnvelope read(String json) {
		try {
			JsonNode root = MAPPER.readTree(json);
			JsonNode subject = required(root, "subject");
			return new EventEnvelope(UUID.fromString(text(root, "id")), text(root, "type"),
					Instant.parse(text(root, "occurredAt")),
					new EventEnvelope.Subject(text(subject, "type"), UUID.fromString(text(subject, "id"))), actor(root),
					data(root));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Not a valid event envelope: " + ex.getMessage(), ex);
		}
	}

	private static @Nullable UUID actor(JsonNode root) {
		JsonNode actor = root.get("actor");
		return (actor == null || actor.isNull()) ? null : UUID.fromString(actor.asString());
	}

	private static Map<String, Object> data(JsonNode root) {
		JsonNode data = root.get("data");
		return (data == null || data.isNull()) ? Map.of() : MAPPER.convertValue(data, MAP);
	}

	private static JsonNode required(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			throw new IllegalArgumentException("missing field " + field);
		}
		return value;
	}

	private static String text(JsonNode node, String field) {
		return required(node, field).asString();
	}

}
