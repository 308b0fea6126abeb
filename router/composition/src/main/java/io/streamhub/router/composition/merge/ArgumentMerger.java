package io.streamhub.router.composition.merge;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.streamhub.router.composition.model.InputValue;
import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.SubgraphField;
import io.streamhub.router.composition.model.TypeRef;
import org.jspecify.annotations.Nullable;

/**
 * Merges the arguments of a field: only arguments every (non-external) definition has are
 * kept, a required argument must be everywhere, types merge to the most specific one,
 * defaults must agree.
 */
final class ArgumentMerger {

	private ArgumentMerger() {
	}

	static void merge(MergeContext context, TypeReferenceMerger types, String coordinate,
			Sources<SubgraphField> sources, Map<String, InputValue> target) {
		Set<String> names = new LinkedHashSet<>();
		sources.present().forEach((field) -> names.addAll(field.arguments().keySet()));
		for (String name : names) {
			Sources<InputValue> args = sources.map((field) -> field.arguments().get(name));
			String argCoordinate = coordinate + "(" + name + ":)";
			if (missingSomewhere(sources, args)) {
				reportIfRequired(context, argCoordinate, args);
				continue;
			}
			InputValue merged = mergeValue(context, types, argCoordinate, args, "Argument",
					"FIELD_ARGUMENT_TYPE_MISMATCH", "FIELD_ARGUMENT_DEFAULT_MISMATCH");
			if (merged != null) {
				target.put(name, merged);
			}
		}
	}

	private static boolean missingSomewhere(Sources<SubgraphField> fields, Sources<InputValue> args) {
		for (int i = 0; i < fields.size(); i++) {
			if (fields.element(i) != null && args.element(i) == null) {
				return true;
			}
		}
		return false;
	}

	private static void reportIfRequired(MergeContext context, String coordinate, Sources<InputValue> args) {
		if (args.present().stream().anyMatch(InputValue::isRequired)) {
			context.report(Problem.of("REQUIRED_ARGUMENT_MISSING_IN_SOME_SUBGRAPH", null, coordinate, "Argument \""
					+ coordinate + "\" is required in some subgraphs but does not appear in all subgraphs"));
		}
	}

	/**
	 * Merges an argument or input field present in several subgraphs (type, default,
	 * description, directives).
	 * @return the merged value, or null when types are incompatible
	 */
	static @Nullable InputValue mergeValue(MergeContext context, TypeReferenceMerger types, String coordinate,
			Sources<InputValue> values, String kind, String typeCode, String defaultCode) {
		List<InputValue> present = values.present();
		TypeReferenceMerger.Result type = types.merge(present.stream().map(InputValue::type).toList(), true);
		if (type.incompatible() || type.type() == null) {
			context.report(Mismatch.of(context, typeCode, coordinate,
					"Type of " + kind.toLowerCase() + " \"" + coordinate + "\" is incompatible across subgraphs: ",
					values, (value) -> (value != null) ? "type \"" + value.type() + "\"" : "no definition"));
			return null;
		}
		InputValue merged = new InputValue(present.get(0).name(), type.type());
		recordEnumUsage(context, type.type());
		merged.description(mergeDescription(present, InputValue::description));
		present.forEach((value) -> merged.applied().mergeFrom(value.applied()));
		mergeDefault(context, coordinate, values, merged, kind, defaultCode);
		return merged;
	}

	private static void mergeDefault(MergeContext context, String coordinate, Sources<InputValue> values,
			InputValue merged, String kind, String defaultCode) {
		Set<String> defaults = new LinkedHashSet<>();
		boolean someWithout = false;
		for (InputValue value : values.present()) {
			if (value.defaultValue() != null) {
				defaults.add(value.defaultValue());
			}
			else {
				someWithout = true;
			}
		}
		if (defaults.size() > 1) {
			context.report(Mismatch.of(context, defaultCode, coordinate,
					kind + " \"" + coordinate + "\" has incompatible default values across subgraphs: ", values,
					(value) -> (value != null && value.defaultValue() != null) ? "default value " + value.defaultValue()
							: "no default value"));
			return;
		}
		if (!someWithout && defaults.size() == 1) {
			merged.defaultValue(defaults.iterator().next());
		}
	}

	static void recordEnumUsage(MergeContext context, TypeRef type) {
		context.useEnum(type.baseName(), MergeContext.Position.INPUT);
	}

	/**
	 * The description the supergraph keeps: the only one, or the most common non-empty
	 * one (first wins ties), as Apollo does.
	 */
	static <T> @Nullable String mergeDescription(List<T> elements, Function<T, @Nullable String> description) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		elements.stream()
			.map(description)
			.filter(Objects::nonNull)
			.forEach((text) -> counts.merge(text, text.isEmpty() ? Integer.MIN_VALUE / 2 : 1, Integer::sum));
		String best = null;
		int bestCount = Integer.MIN_VALUE;
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			if (entry.getValue() > bestCount) {
				best = entry.getKey();
				bestCount = entry.getValue();
			}
		}
		return best;
	}

}
