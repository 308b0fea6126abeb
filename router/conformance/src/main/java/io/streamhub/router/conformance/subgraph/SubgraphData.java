package io.streamhub.router.conformance.subgraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.streamhub.router.conformance.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * The mutable data behind one fixture subgraph: root values ({@code Query},
 * {@code Mutation}) and records per type. Every record carries its {@code __typename}
 * (the type it is filed under unless it says otherwise), so records filed under an
 * interface can name their concrete type.
 */
public final class SubgraphData {

	private static final String TYPENAME = "__typename";

	private static final List<String> ROOT_TYPES = List.of("Query", "Mutation", "Subscription");

	private static final String OPEN_ENTITIES = "$openEntities";

	private final Map<String, Map<String, Object>> roots = new LinkedHashMap<>();

	private final Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();

	private final List<String> openEntities = new ArrayList<>();

	private SubgraphData() {
	}

	public static SubgraphData from(JsonNode node) {
		SubgraphData data = new SubgraphData();
		node.fields().forEachRemaining((entry) -> data.add(entry.getKey(), entry.getValue()));
		return data;
	}

	private void add(String typeName, JsonNode value) {
		if (OPEN_ENTITIES.equals(typeName)) {
			value.forEach((name) -> this.openEntities.add(name.asText()));
			return;
		}
		if (ROOT_TYPES.contains(typeName)) {
			this.roots.put(typeName, Json.toMap(value));
			return;
		}
		List<Map<String, Object>> typed = this.records.computeIfAbsent(typeName, (name) -> new ArrayList<>());
		value.forEach((record) -> typed.add(withTypename(typeName, Json.toMap(record))));
	}

	private static Map<String, Object> withTypename(String typeName, Map<String, Object> record) {
		Map<String, Object> copy = new LinkedHashMap<>(record);
		copy.putIfAbsent(TYPENAME, typeName);
		return copy;
	}

	/**
	 * The root value for an operation type; fields the data does not list resolve to
	 * null.
	 */
	public Map<String, Object> root(String operationType) {
		return this.roots.computeIfAbsent(operationType, (name) -> new LinkedHashMap<>());
	}

	/**
	 * The live list of records filed under a type (custom resolvers may add to it, e.g.
	 * mutations).
	 */
	public List<Map<String, Object>> records(String typeName) {
		return this.records.computeIfAbsent(typeName, (name) -> new ArrayList<>());
	}

	public boolean hasRecords(String typeName) {
		return this.records.containsKey(typeName);
	}

	/**
	 * The first record, among those filed under any of {@code typeNames}, that contains
	 * every entry of {@code probe} except {@code __typename}; a probe with no other entry
	 * matches nothing.
	 */
	public @Nullable Map<String, Object> find(List<String> typeNames, Map<String, Object> probe) {
		Map<String, Object> fields = new LinkedHashMap<>(probe);
		fields.remove(TYPENAME);
		if (fields.isEmpty()) {
			return null;
		}
		for (String typeName : typeNames) {
			Map<String, Object> found = findIn(this.records.getOrDefault(typeName, List.of()), fields);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/**
	 * Whether any representation of this type is an entity here, stored or not (listed
	 * under {@code $openEntities}: a subgraph that only computes fields from keys and
	 * {@code @requires}).
	 */
	public boolean isOpenEntity(String typeName) {
		return this.openEntities.contains(typeName);
	}

	/**
	 * Like {@link #find} for entity representations: only the representation entries the
	 * record also has must agree (a representation also carries {@code @requires} fields
	 * the record may not store), and at least one must.
	 */
	public @Nullable Map<String, Object> findEntity(List<String> typeNames, Map<String, Object> representation) {
		for (String typeName : typeNames) {
			for (Map<String, Object> record : this.records.getOrDefault(typeName, List.of())) {
				if (agreesOnSharedFields(record, representation)) {
					return record;
				}
			}
		}
		return null;
	}

	private static @Nullable Map<String, Object> findIn(List<Map<String, Object>> candidates,
			Map<String, Object> fields) {
		for (Map<String, Object> record : candidates) {
			if (Json.contains(record, fields)) {
				return record;
			}
		}
		return null;
	}

	private static boolean agreesOnSharedFields(Map<String, Object> record, Map<String, Object> representation) {
		int shared = 0;
		for (Map.Entry<String, Object> entry : representation.entrySet()) {
			if (entry.getKey().equals(TYPENAME) || !record.containsKey(entry.getKey())) {
				continue;
			}
			if (!Json.contains(record.get(entry.getKey()), entry.getValue())) {
				return false;
			}
			shared++;
		}
		return shared > 0;
	}

	/**
	 * A copy of {@code base} overlaid with {@code record}: what a resolver sees for a
	 * reference that matched a stored record.
	 */
	public static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> record) {
		Map<String, Object> merged = new LinkedHashMap<>(base);
		merged.putAll(record);
		return merged;
	}

}
