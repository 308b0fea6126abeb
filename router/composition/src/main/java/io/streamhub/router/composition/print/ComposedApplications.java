package io.streamhub.router.composition.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The applications of composed directives an element keeps, from those its subgraph
 * elements carry: every distinct application of a repeatable directive, in order; for a
 * non-repeatable one, the application most subgraphs agree on (the first on a tie).
 */
final class ComposedApplications {

	private ComposedApplications() {
	}

	static List<String> resolve(List<String> applications, Map<String, Boolean> composed) {
		if (applications.isEmpty() || composed.isEmpty()) {
			return List.of();
		}
		Map<String, Map<String, Integer>> countsByName = new LinkedHashMap<>();
		for (String application : applications) {
			String name = name(application);
			if (composed.containsKey(name)) {
				countsByName.computeIfAbsent(name, (key) -> new LinkedHashMap<>()).merge(application, 1, Integer::sum);
			}
		}
		List<String> result = new ArrayList<>();
		countsByName.forEach((name, counts) -> {
			if (composed.get(name)) {
				result.addAll(new LinkedHashSet<>(counts.keySet()));
			}
			else {
				result.add(mostFrequent(counts));
			}
		});
		return result;
	}

	private static String mostFrequent(Map<String, Integer> counts) {
		String best = null;
		int max = 0;
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			if (entry.getValue() > max) {
				best = entry.getKey();
				max = entry.getValue();
			}
		}
		return best;
	}

	private static String name(String application) {
		int end = application.indexOf('(');
		return application.substring(1, (end < 0) ? application.length() : end).trim();
	}

}
