package io.streamhub.router.composition.merge;

import java.util.ArrayList;
import java.util.List;

import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.SubgraphField;
import io.streamhub.router.composition.model.SubgraphType;

/**
 * INVALID_FIELD_SHARING: an object field resolved by several subgraphs must be shareable
 * in all of them (external and overridden locations do not resolve it).
 */
final class ShareableRule {

	private ShareableRule() {
	}

	private static boolean isFullyExternal(MergeContext context, int index, String typeName, SubgraphField field) {
		return field.external() && !context.usage(index).isProvidedExternal(typeName, field.name());
	}

	/**
	 * Subscription fields are never shareable: an event stream has one source.
	 */
	static void checkSubscription(MergeContext context, Sources<SubgraphField> sources) {
		List<SubgraphField> shareable = sources.present().stream().filter(SubgraphField::shareable).toList();
		if (!shareable.isEmpty()) {
			String coordinate = "Subscription." + shareable.get(0).name();
			context.report(Problem.of("INVALID_FIELD_SHARING", null, coordinate,
					"Fields on root level subscription object cannot be marked as shareable (\"" + coordinate + "\")"));
		}
	}

	static void check(MergeContext context, String typeName, Sources<SubgraphField> sources,
			OverrideRule.Overrides overrides) {
		List<String> resolving = new ArrayList<>();
		List<String> nonShareable = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			SubgraphField field = sources.element(i);
			if (field == null || isFullyExternal(context, i, typeName, field) || overrides.overridden(i)) {
				continue;
			}
			SubgraphType type = context.type(i, typeName);
			resolving.add("\"" + context.name(i) + "\"");
			if (type == null || !context.usage(i).isShareable(type, field)) {
				nonShareable.add("\"" + context.name(i) + "\"");
			}
		}
		if (nonShareable.isEmpty() || resolving.size() < 2) {
			return;
		}
		String coordinate = typeName + "." + sources.present().get(0).name();
		String where = (nonShareable.size() == resolving.size()) ? "all of them"
				: "subgraph" + ((nonShareable.size() > 1) ? "s " : " ") + String.join(" and ", nonShareable);
		context.report(Problem.of("INVALID_FIELD_SHARING", null, coordinate,
				"Non-shareable field \"" + coordinate
						+ "\" is resolved from multiple subgraphs: it is resolved from subgraphs "
						+ String.join(" and ", resolving) + " and defined as non-shareable in " + where));
	}

}
