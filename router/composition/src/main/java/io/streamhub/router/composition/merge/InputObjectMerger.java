package io.streamhub.router.composition.merge;

import java.util.LinkedHashSet;
import java.util.Set;

import io.streamhub.router.composition.model.InputValue;
import io.streamhub.router.composition.model.JoinField;
import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.SubgraphType;
import io.streamhub.router.composition.model.SupergraphField;
import io.streamhub.router.composition.model.SupergraphType;

/**
 * Merges input object types: intersection of fields (a required field must be in every
 * subgraph), types merge to the most specific one.
 */
final class InputObjectMerger {

	private final MergeContext context;

	private final TypeReferenceMerger types;

	InputObjectMerger(MergeContext context, TypeReferenceMerger types) {
		this.context = context;
		this.types = types;
	}

	void merge(Sources<SubgraphType> sources, SupergraphType target) {
		JoinTypes.add(this.context, sources, target);
		Set<String> names = new LinkedHashSet<>();
		sources.present().forEach((type) -> names.addAll(type.inputFields().keySet()));
		for (String name : names) {
			Sources<InputValue> fields = sources.map((type) -> type.inputFields().get(name));
			mergeField(target, name, fields);
		}
		if (target.fields().isEmpty()) {
			this.context.report(Problem
				.of("EMPTY_MERGED_INPUT_TYPE", null, target.name(), "None of the fields of input object type \""
						+ target.name()
						+ "\" are consistently defined in all the subgraphs defining that type. As only fields common to all subgraphs are merged, this would result in an empty type."));
		}
	}

	private void mergeField(SupergraphType target, String name, Sources<InputValue> fields) {
		String coordinate = target.name() + "." + name;
		InputValue merged = ArgumentMerger.mergeValue(this.context, this.types, coordinate, fields, "Input field",
				"FIELD_TYPE_MISMATCH", "INPUT_FIELD_DEFAULT_MISMATCH");
		if (merged == null) {
			return;
		}
		if (fields.anyMissing() && !merged.applied().inaccessible()) {
			if (fields.present().stream().anyMatch(InputValue::isRequired)) {
				this.context.report(Problem.of("REQUIRED_INPUT_FIELD_MISSING_IN_SOME_SUBGRAPH", null, coordinate,
						"Input object field \"" + coordinate
								+ "\" is required in some subgraphs but does not appear in all subgraphs"));
			}
			return;
		}
		SupergraphField field = new SupergraphField(name, merged.type());
		field.description(merged.description());
		field.defaultValue(merged.defaultValue());
		field.applied().mergeFrom(merged.applied());
		boolean allEqual = fields.present().stream().allMatch((value) -> value.type().equals(merged.type()));
		if (!allEqual || fields.anyMissing()) {
			for (int i = 0; i < fields.size(); i++) {
				InputValue value = fields.element(i);
				if (value != null) {
					field.joinFields()
						.add(new JoinField(this.context.graph(i), null, null, allEqual ? null : value.type().toString(),
								false, null, false));
				}
			}
		}
		target.fields().put(name, field);
	}

}
