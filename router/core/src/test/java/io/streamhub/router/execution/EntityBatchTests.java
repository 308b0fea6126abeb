package io.streamhub.router.execution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.planning.plan.EntityInput;
import io.streamhub.router.planning.plan.Selection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityBatchTests {

	private final RepresentationBuilder builder = new RepresentationBuilder(TestSupergraphs.streamhub());

	private final List<EntityInput> inputs = List
		.of(new EntityInput("User", "User", List.of(Selection.field("__typename"), Selection.field("id"))));

	@SuppressWarnings("unchecked")
	private static Map<String, Object> data(String json) {
		return (Map<String, Object>) Json.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void duplicateEntitiesShareOneRepresentationAndNullKeysAreNotSent() {
		Map<String, Object> data = data(
				"""
						{"videos":[{"creator":{"__typename":"User","id":"u1"}},{"creator":{"__typename":"User","id":"u1"}},
						 {"creator":{"__typename":"User","id":null}},{"creator":null},{"creator":{"__typename":"User","id":"u2"}}]}""");
		EntityBatch batch = EntityBatch.collect(EntityTarget.collect(data, List.of("videos", "@", "creator")),
				this.inputs, this.builder);
		assertThat(batch.representations()).containsExactly(Map.of("__typename", "User", "id", "u1"),
				Map.of("__typename", "User", "id", "u2"));
		batch.merge(Arrays.asList(Map.of("username", "ada"), null));
		assertThat(data.toString()).isEqualTo("{videos=[{creator={__typename=User, id=u1, username=ada}}, "
				+ "{creator={__typename=User, id=u1, username=ada}}, {creator={__typename=User, id=null}}, "
				+ "{creator=null}, {creator={__typename=User, id=u2}}]}");
	}

	@Test
	void entityErrorsArePathedToTheFirstObjectOfTheirRepresentation() {
		Map<String, Object> data = data(
				"""
						{"videos":[{"creator":{"__typename":"User","id":"u1"}},{"creator":{"__typename":"User","id":"u2"}}]}""");
		EntityBatch batch = EntityBatch.collect(EntityTarget.collect(data, List.of("videos", "@", "creator")),
				this.inputs, this.builder);
		assertThat(batch.repath(new ArrayList<>(List.of("_entities", 1, "username")))).containsExactly("videos", 1,
				"creator", "username");
		assertThat(batch.repath(List.of("somewhere"))).isNull();
	}

	@Test
	void mergingKeepsTheConcreteTypenameAndMergesNestedObjects() {
		Map<String, Object> target = new LinkedHashMap<>(data("{\"__typename\":\"Video\",\"a\":{\"x\":1}}"));
		ResponseMerger.merge(target, data("{\"__typename\":\"Content\",\"a\":{\"y\":2},\"b\":[1]}"));
		assertThat(target).hasToString("{__typename=Video, a={x=1, y=2}, b=[1]}");
	}

}
