package io.streamhub.router.execution;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Merges subgraph data into the response tree in place: objects field by field
 * (recursively), lists element by element when both sides have the same length; anything
 * else is replaced. No value is re-serialized.
 */
final class ResponseMerger {

	private ResponseMerger() {
	}

	@SuppressWarnings("unchecked")
	static void merge(Map<String, @Nullable Object> target, Map<String, @Nullable Object> source) {
		for (Map.Entry<String, @Nullable Object> entry : source.entrySet()) {
			Object existing = target.get(entry.getKey());
			if (existing != null && entry.getKey().equals("__typename")) {
				// the first answer is the concrete type; an interface object would answer
				// its interface
				continue;
			}
			Object incoming = entry.getValue();
			if (existing instanceof Map<?, ?> existingMap && incoming instanceof Map<?, ?> incomingMap) {
				merge((Map<String, @Nullable Object>) existingMap, (Map<String, @Nullable Object>) incomingMap);
			}
			else if (existing instanceof List<?> existingList && incoming instanceof List<?> incomingList
					&& existingList.size() == incomingList.size()) {
				mergeLists((List<@Nullable Object>) existingList, (List<@Nullable Object>) incomingList);
			}
			else {
				target.put(entry.getKey(), incoming);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void mergeLists(List<@Nullable Object> target, List<@Nullable Object> source) {
		for (int i = 0; i < target.size(); i++) {
			Object existing = target.get(i);
			Object incoming = source.get(i);
			if (existing instanceof Map<?, ?> existingMap && incoming instanceof Map<?, ?> incomingMap) {
				merge((Map<String, @Nullable Object>) existingMap, (Map<String, @Nullable Object>) incomingMap);
			}
			else if (existing instanceof List<?> existingList && incoming instanceof List<?> incomingList
					&& existingList.size() == incomingList.size()) {
				mergeLists((List<@Nullable Object>) existingList, (List<@Nullable Object>) incomingList);
			}
			else {
				target.set(i, incoming);
			}
		}
	}

}
