package io.streamhub.router.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An object of the response tree found at a flatten path, with its concrete path (keys
 * and indices).
 *
 * @param object the object (merged into in place)
 * @param path the concrete response path
 */
record EntityTarget(Map<String, @Nullable Object> object, List<Object> path) {

	/**
	 * Collects the objects at a flatten path ({@code "@"} = every element of a list).
	 * @param root the response data
	 * @param path the flatten path
	 * @return the objects, in response order
	 */
	static List<EntityTarget> collect(Map<String, @Nullable Object> root, List<String> path) {
		List<EntityTarget> targets = new ArrayList<>();
		collect(root, path, 0, new ArrayList<>(), targets);
		return targets;
	}

	@SuppressWarnings("unchecked")
	private static void collect(@Nullable Object node, List<String> path, int index, List<Object> concrete,
			List<EntityTarget> out) {
		if (index == path.size()) {
			if (node instanceof Map<?, ?> map) {
				out.add(new EntityTarget((Map<String, @Nullable Object>) map, List.copyOf(concrete)));
			}
			return;
		}
		String element = path.get(index);
		if (element.equals("@") && node instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				concrete.add(i);
				collect(list.get(i), path, index + 1, concrete, out);
				concrete.remove(concrete.size() - 1);
			}
			return;
		}
		if (node instanceof Map<?, ?> map) {
			concrete.add(element);
			collect(map.get(element), path, index + 1, concrete, out);
			concrete.remove(concrete.size() - 1);
		}
	}

}
