package io.streamhub.router.composition.merge;

import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.SubgraphField;
import io.streamhub.router.composition.model.SubgraphType;

/**
 * Validates {@code @override(from:)} on one field and works out what happens to the
 * overridden location: it disappears, or stays (as {@code usedOverridden}) when a field
 * set of its subgraph still selects it.
 */
final class OverrideRule {

	private OverrideRule() {
	}

	static Overrides apply(MergeContext context, String typeName, Sources<SubgraphField> sources) {
		Overrides overrides = new Overrides(sources.size());
		for (int i = 0; i < sources.size(); i++) {
			SubgraphField field = sources.element(i);
			if (field != null && field.overrideFrom() != null) {
				check(context, typeName, sources, i, field, overrides);
			}
		}
		return overrides;
	}

	private static void check(MergeContext context, String typeName, Sources<SubgraphField> sources, int index,
			SubgraphField field, Overrides overrides) {
		String coordinate = typeName + "." + field.name();
		String from = field.overrideFrom();
		String subgraph = context.name(index);
		int fromIndex = context.indexOf(from);
		SubgraphField fromField = (fromIndex >= 0) ? sources.element(fromIndex) : null;
		if (from.equals(subgraph)) {
			context.report(
					Problem.of("OVERRIDE_FROM_SELF_ERROR", subgraph, coordinate, "Source and destination subgraphs \""
							+ from + "\" are the same for overridden field \"" + coordinate + "\""));
			return;
		}
		if (fromField == null) {
			return;
		}
		if (fromField.overrideFrom() != null) {
			context.report(Problem.of("OVERRIDE_SOURCE_HAS_OVERRIDE", subgraph, coordinate,
					"Field \"" + coordinate + "\" on subgraph \"" + subgraph
							+ "\" is also marked with directive @override in subgraph \"" + from
							+ "\". Only one @override directive is allowed per field."));
			return;
		}
		String conflicting = conflictingDirective(field, fromField);
		if (conflicting != null) {
			context.report(Problem.of("OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE", subgraph, coordinate,
					"@override cannot be used on field \"" + coordinate + "\" on subgraph \"" + subgraph + "\" since \""
							+ coordinate + "\" is marked with directive \"@" + conflicting + "\""));
			return;
		}
		if (fromField.external()) {
			return;
		}
		if (isUsed(context, fromIndex, typeName, fromField)) {
			overrides.usedOverridden[fromIndex] = true;
		}
		else {
			overrides.unusedOverridden[fromIndex] = true;
		}
	}

	private static String conflictingDirective(SubgraphField field, SubgraphField fromField) {
		if (fromField.requires() != null) {
			return "requires";
		}
		if (fromField.provides() != null) {
			return "provides";
		}
		return field.external() ? "external" : null;
	}

	private static boolean isUsed(MergeContext context, int index, String typeName, SubgraphField field) {
		if (context.usage(index).isUsed(typeName, field.name())) {
			return true;
		}
		SubgraphType type = context.type(index, typeName);
		return type != null && type.interfaces()
			.stream()
			.anyMatch((itf) -> context.subgraph(index).field(itf, field.name()) != null);
	}

	/**
	 * Which subgraphs lost the field to an override, and whether they still use it.
	 */
	static final class Overrides {

		final boolean[] usedOverridden;

		final boolean[] unusedOverridden;

		Overrides(int size) {
			this.usedOverridden = new boolean[size];
			this.unusedOverridden = new boolean[size];
		}

		boolean anyUsedOverridden() {
			for (boolean used : this.usedOverridden) {
				if (used) {
					return true;
				}
			}
			return false;
		}

		boolean overridden(int index) {
			return this.usedOverridden[index] || this.unusedOverridden[index];
		}

	}

}
