package io.streamhub.router.composition.merge;

import java.util.List;

import io.streamhub.router.composition.model.JoinField;
import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.SubgraphField;
import io.streamhub.router.composition.model.SupergraphField;
import io.streamhub.router.composition.model.TypeKind;
import io.streamhub.router.composition.model.TypeRef;

/**
 * Merges one field of an object or interface type: overrides, external-only fields,
 * arguments, the field type, and the {@code @join__field} applications (emitted only when
 * the field is not simply resolvable the same way in every subgraph that defines its
 * type).
 */
final class FieldMerger {

	private final MergeContext context;

	private final TypeReferenceMerger types;

	FieldMerger(MergeContext context, TypeReferenceMerger types) {
		this.context = context;
		this.types = types;
	}

	SupergraphField merge(String typeName, TypeKind kind, Sources<SubgraphField> sources) {
		List<SubgraphField> all = sources.present();
		String coordinate = typeName + "." + all.get(0).name();
		OverrideRule.Overrides overrides = OverrideRule.apply(this.context, typeName, sources);
		if (all.stream().allMatch(SubgraphField::external)) {
			this.context.report(Problem.of("EXTERNAL_MISSING_ON_BASE", null, coordinate,
					"Field \"" + coordinate + "\" is marked @external on all the subgraphs in which it is listed ("
							+ subgraphNames(sources) + ")."));
		}
		Sources<SubgraphField> resolving = sources.filter((field) -> !field.external());
		List<SubgraphField> resolvingFields = resolving.present().isEmpty() ? all : resolving.present();
		TypeReferenceMerger.Result type = this.types.merge(resolvingFields.stream().map(SubgraphField::type).toList(),
				false);
		SupergraphField merged = new SupergraphField(all.get(0).name(),
				(type.type() != null) ? type.type() : all.get(0).type());
		if (type.incompatible()) {
			this.context.report(Mismatch.of(this.context, "FIELD_TYPE_MISMATCH", coordinate,
					"Type of field \"" + coordinate + "\" is incompatible across subgraphs: ", sources,
					(field) -> (field != null) ? "type \"" + field.type() + "\"" : "no field"));
		}
		this.context.useEnum(merged.type().baseName(), MergeContext.Position.OUTPUT);
		merged.description(ArgumentMerger.mergeDescription(resolvingFields, SubgraphField::description));
		resolvingFields.forEach((field) -> merged.applied().mergeFrom(field.applied()));
		ArgumentMerger.merge(this.context, this.types, coordinate, resolving.present().isEmpty() ? sources : resolving,
				merged.arguments());
		checkExternalTypes(coordinate, sources, merged.type(), type.allEqual());
		ExternalArgumentsRule.check(this.context, this.types.subtyping(), coordinate, sources, merged.arguments());
		if (needsJoinField(sources, type.allEqual(), overrides)) {
			addJoinFields(merged, sources, type.allEqual(), overrides);
		}
		if (typeName.equals("Subscription")) {
			ShareableRule.checkSubscription(this.context, sources);
		}
		if (kind == TypeKind.OBJECT) {
			ShareableRule.check(this.context, typeName, sources, overrides);
		}
		return merged;
	}

	private String subgraphNames(Sources<SubgraphField> sources) {
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < sources.size(); i++) {
			if (sources.element(i) != null) {
				names.append((names.length() > 0) ? " and " : "").append('"').append(this.context.name(i)).append('"');
			}
		}
		return "subgraph" + (names.indexOf(" and ") >= 0 ? "s " : " ") + names;
	}

	private void checkExternalTypes(String coordinate, Sources<SubgraphField> sources, TypeRef merged,
			boolean allEqual) {
		boolean invalid = false;
		for (SubgraphField field : sources.present()) {
			if (field.external() && !field.type().equals(merged)
					&& (allEqual || !this.types.subtyping().isStrictSubtype(merged, field.type()))) {
				invalid = true;
			}
		}
		if (invalid) {
			this.context.report(Mismatch.of(this.context, "EXTERNAL_TYPE_MISMATCH", coordinate,
					"Type of field \"" + coordinate + "\" is incompatible across subgraphs (where marked @external): ",
					sources, (field) -> (field != null) ? "type \"" + field.type() + "\"" : "no field"));
		}
	}

	private boolean needsJoinField(Sources<SubgraphField> sources, boolean allTypesEqual,
			OverrideRule.Overrides overrides) {
		if (!allTypesEqual || overrides.anyUsedOverridden()) {
			return true;
		}
		for (int i = 0; i < sources.size(); i++) {
			SubgraphField field = sources.element(i);
			if (field != null && !overrides.unusedOverridden[i]) {
				if (field.external() || field.provides() != null || field.requires() != null) {
					return true;
				}
			}
			else if (sources.parentPresent(i)) {
				return true;
			}
		}
		return false;
	}

	private void addJoinFields(SupergraphField merged, Sources<SubgraphField> sources, boolean allTypesEqual,
			OverrideRule.Overrides overrides) {
		for (int i = 0; i < sources.size(); i++) {
			SubgraphField field = sources.element(i);
			if (field == null || overrides.unusedOverridden[i]) {
				continue;
			}
			merged.joinFields()
				.add(new JoinField(this.context.graph(i), field.requires(), field.provides(),
						allTypesEqual ? null : field.type().toString(), field.external(), field.overrideFrom(),
						overrides.usedOverridden[i]));
		}
	}

}
