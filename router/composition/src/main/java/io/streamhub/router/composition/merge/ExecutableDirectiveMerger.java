package io.streamhub.router.composition.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.streamhub.router.composition.model.DirectiveDef;
import io.streamhub.router.composition.model.InputValue;

/**
 * Keeps the executable directives (those clients may put in operations) that every
 * subgraph defines: locations and arguments are intersected, repeatable only if
 * repeatable everywhere. Type-system directives of subgraphs are not part of the
 * supergraph.
 */
final class ExecutableDirectiveMerger {

	private ExecutableDirectiveMerger() {
	}

	static void merge(MergeContext context, TypeReferenceMerger types) {
		Set<String> names = new LinkedHashSet<>();
		for (int i = 0; i < context.size(); i++) {
			names.addAll(context.subgraph(i).directives().keySet());
		}
		for (String name : names) {
			List<DirectiveDef> definitions = new ArrayList<>();
			for (int i = 0; i < context.size(); i++) {
				DirectiveDef definition = context.subgraph(i).directives().get(name);
				if (definition == null || definition.executableLocations().isEmpty()) {
					definitions.clear();
					break;
				}
				definitions.add(definition);
			}
			if (!definitions.isEmpty()) {
				mergeDefinitions(context, types, name, definitions);
			}
		}
	}

	private static void mergeDefinitions(MergeContext context, TypeReferenceMerger types, String name,
			List<DirectiveDef> definitions) {
		List<String> locations = new ArrayList<>(definitions.get(0).executableLocations());
		definitions.forEach((definition) -> locations.retainAll(definition.executableLocations()));
		if (locations.isEmpty()) {
			return;
		}
		boolean repeatable = definitions.stream().allMatch(DirectiveDef::repeatable);
		Map<String, InputValue> arguments = new LinkedHashMap<>();
		for (String argument : definitions.get(0).arguments().keySet()) {
			Sources<InputValue> values = new Sources<>(definitions.size());
			boolean everywhere = true;
			for (int i = 0; i < definitions.size(); i++) {
				InputValue value = definitions.get(i).arguments().get(argument);
				values.put(i, value);
				everywhere &= value != null;
			}
			InputValue merged = everywhere
					? ArgumentMerger.mergeValue(context, types, "@" + name + "(" + argument + ":)", values, "Argument",
							"FIELD_ARGUMENT_TYPE_MISMATCH", "FIELD_ARGUMENT_DEFAULT_MISMATCH")
					: null;
			if (merged != null) {
				arguments.put(argument, merged);
			}
		}
		context.supergraph()
			.directives()
			.put(name, new DirectiveDef(name, definitions.get(0).description(), repeatable, locations, arguments));
	}

}
