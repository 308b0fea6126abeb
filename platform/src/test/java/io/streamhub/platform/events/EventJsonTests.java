package io.streamhub.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventJsonTests {

	@Test
	void writesTheArchitectureEnvelopeFields() {
		UUID id = UUID.randomUUID();
		UUID subject = UUID.randomUUID();
		EventEnvelope event = new EventEnvelope(id, "video.ready", Instant.parse("2026-11-22T02:00:00.123Z"),
				new EventEnvelope.Subject("Video", subject), null, Map.of("durationSeconds", 12));

		JsonNode json = JsonMapper.builder().build().readTree(EventJson.write(event));

		assertThat(json.propertyNames()).containsExactly("id", "type", "occurredAt", "subject", "actor", "data");
		assertThat(json.get("id").asString()).isEqualTo(id.toString());
		assertThat(json.get("occurredAt").asString()).isEqualTo("2026-11-22T02:00:00.123Z");
		assertThat(json.get("subject").get("type").asString()).isEqualTo("Video");
		assertThat(json.get("subject").get("id").asString()).isEqualTo(subject.toString());
		assertThat(json.get("actor").isNull()).isTrue();
		assertThat(json.get("data").get("durationSeconds").asInt()).isEqualTo(12);
	}

	@Test
	void roundTripsNestedData() {
		EventEnvelope event = EventEnvelope.of("notification.requested",
				new EventEnvelope.Subject("Comment", UUID.randomUUID()), UUID.randomUUID(),
				Map.of("recipients", List.of("a", "b"), "kind", "reply"));

		assertThat(EventJson.read(EventJson.write(event))).isEqualTo(event);
	}

	@Test
	void rejectsInvalidEnvelopes() {
		assertThatIllegalArgumentException().isThrownBy(() -> EventJson.read("{\"id\":\"x\"}"));
		assertThatIllegalArgumentException().isThrownBy(() -> EventJson.read("not json"));
	}

}
