package io.streamhub.router.composition.merge;

import java.util.ArrayList;
import java.util.Set;

import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.SubgraphType;
import io.streamhub.router.composition.model.SupergraphType;

/**
 * Merges enums by how they are used: union of values when only used as output,
 * intersection when only used as input, and the same values everywhere when used as both.
 */
final class EnumMerger {

	private final MergeContext context;

	EnumMerger(MergeContext context) {
		this.context = context;
	}

	void merge(Sources<SubgraphType> sources, SupergraphType target) {
		JoinTypes.add(this.context, sources, target);
		Set<MergeContext.Position> usage = this.context.enumUsage(target.name());
		for (SubgraphType type : sources.present()) {
			for (SubgraphType.EnumValue value : type.values().values()) {
				SubgraphType.EnumValue merged = target.values()
					.computeIfAbsent(value.name(), SubgraphType.EnumValue::new);
				merged.applied().mergeFrom(value.applied());
			}
		}
		for (SubgraphType.EnumValue merged : target.values().values()) {
			merged.description(ArgumentMerger.mergeDescription(sources.present()
				.stream()
				.map((type) -> type.values().get(merged.name()))
				.filter((value) -> value != null)
				.toList(), SubgraphType.EnumValue::description));
		}
		for (String value : new ArrayList<>(target.values().keySet())) {
			mergeValue(sources, target, value, usage);
		}
		if (target.values().isEmpty()) {
			this.context.report(Problem
				.of("EMPTY_MERGED_ENUM_TYPE", null, target.name(), "None of the values of enum type \"" + target.name()
						+ "\" are defined consistently in all the subgraphs defining that type. As only values common to all subgraphs are merged, this would result in an empty type."));
		}
	}

	private void mergeValue(Sources<SubgraphType> sources, SupergraphType target, String value,
			Set<MergeContext.Position> usage) {
		Sources<SubgraphType.EnumValue> values = sources.map((type) -> type.values().get(value));
		boolean inaccessible = target.values().get(value).applied().inaccessible();
		if (!inaccessible && usage.contains(MergeContext.Position.INPUT) && values.anyMissing()) {
			if (usage.contains(MergeContext.Position.OUTPUT)) {
				this.context.report(Mismatch.of(this.context, "ENUM_VALUE_MISMATCH", target.name(),
						"Enum type \"" + target.name() + "\" is used as both input type and output type, but value \""
								+ value + "\" is not defined in all the subgraphs defining \"" + target.name() + "\": ",
						values, (v) -> (v != null) ? "\"" + value + "\" defined" : "\"" + value + "\" missing"));
			}
			target.values().remove(value);
			return;
		}
		for (int i = 0; i < values.size(); i++) {
			if (values.element(i) != null) {
				target.valueGraphs().computeIfAbsent(value, (v) -> new ArrayList<>()).add(this.context.graph(i));
			}
		}
	}

}
