package io.streamhub.router.composition.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Combines the {@code @requiresScopes}/{@code @policy} values several subgraphs put on
 * one element: every subgraph's requirement must hold, so the disjunctions are multiplied
 * out (each combination's conjunctions joined, sorted), and combinations that another,
 * smaller one implies are dropped. One application is kept as written.
 */
final class AccessControl {

	private AccessControl() {
	}

	static List<List<String>> conjunction(List<List<List<String>>> values) {
		if (values.size() == 1) {
			return values.get(0);
		}
		List<List<List<String>>> normalized = normalize(values);
		List<List<String>> result = normalized.get(0);
		for (List<List<String>> current : normalized.subList(1, normalized.size())) {
			Set<List<String>> combined = new LinkedHashSet<>();
			for (List<String> left : result) {
				for (List<String> right : current) {
					combined.add(new ArrayList<>(new TreeSet<>(concat(left, right))));
				}
			}
			result = withoutSubsumed(new ArrayList<>(combined));
		}
		return result;
	}

	private static List<List<List<String>>> normalize(List<List<List<String>>> values) {
		Set<String> seen = new LinkedHashSet<>();
		List<List<List<String>>> normalized = new ArrayList<>();
		for (List<List<String>> value : values) {
			List<List<String>> copy = value.isEmpty() ? List.of(List.of())
					: value.stream()
						.map((inner) -> inner.stream().sorted().toList())
						.sorted(Comparator.comparing(AccessControl::json))
						.toList();
			if (seen.add(copy.stream().map(AccessControl::json).collect(Collectors.joining(",")))) {
				normalized.add(copy);
			}
		}
		return normalized;
	}

	private static List<String> concat(List<String> left, List<String> right) {
		List<String> all = new ArrayList<>(left);
		all.addAll(right);
		return all;
	}

	private static List<List<String>> withoutSubsumed(List<List<String>> values) {
		List<List<String>> bySize = new ArrayList<>(values);
		bySize.sort(Comparator.comparingInt(List::size));
		List<List<String>> result = new ArrayList<>();
		for (List<String> candidate : bySize) {
			if (result.stream().noneMatch(candidate::containsAll)) {
				result.add(candidate);
			}
		}
		return result;
	}

	private static String json(List<String> values) {
		return values.stream().map(Strings::quote).collect(Collectors.joining(",", "[", "]"));
	}

	static String print(List<List<String>> value) {
		return value.stream()
			.map((inner) -> inner.stream().map(Strings::quote).collect(Collectors.joining(", ", "[", "]")))
			.collect(Collectors.joining(", ", "[", "]"));
	}

}
