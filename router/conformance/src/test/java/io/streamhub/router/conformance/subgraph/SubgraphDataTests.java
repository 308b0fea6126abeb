package io.streamhub.router.conformance.subgraph;

import java.util.List;
import java.util.Map;

import io.streamhub.router.conformance.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubgraphDataTests {

	private final SubgraphData data = SubgraphData.from(Json.parse("""
			{
			  "Query": { "top": { "id": "1" } },
			  "Listing": [ { "sku": "a", "region": { "code": "EU" }, "title": "EU" },
			               { "sku": "a", "region": { "code": "US" }, "title": "US" } ],
			  "$openEntities": ["Order"]
			}
			"""));

	@Test
	void recordsCarryTheTypeTheyAreFiledUnder() {
		assertThat(this.data.records("Listing"))
			.allSatisfy((record) -> assertThat(record).containsEntry("__typename", "Listing"));
	}

	@Test
	void referencesMatchOnNestedKeyFields() {
		Map<String, Object> found = this.data.find(List.of("Listing"),
				Map.of("sku", "a", "region", Map.of("code", "US")));

		assertThat(found).containsEntry("title", "US");
	}

	@Test
	void representationsMayCarryRequiredFieldsTheRecordDoesNotStore() {
		Map<String, Object> found = this.data.findEntity(List.of("Listing"),
				Map.of("__typename", "Listing", "sku", "a", "region", Map.of("code", "EU"), "price", 3));

		assertThat(found).containsEntry("title", "EU");
	}

	@Test
	void aRepresentationWithNoSharedFieldMatchesNothing() {
		assertThat(this.data.findEntity(List.of("Listing"), Map.of("__typename", "Listing", "upc", "x"))).isNull();
		assertThat(this.data.find(List.of("Listing"), Map.of("__typename", "Listing"))).isNull();
	}

	@Test
	void openEntityTypesAreDeclaredInTheData() {
		assertThat(this.data.isOpenEntity("Order")).isTrue();
		assertThat(this.data.isOpenEntity("Listing")).isFalse();
	}

}
