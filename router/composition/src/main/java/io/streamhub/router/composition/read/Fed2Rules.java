package io.streamhub.router.composition.read;

import java.util.List;

import io.streamhub.router.composition.model.FieldSets;
import io.streamhub.router.composition.model.FieldUsage;
import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.Subgraph;
import io.streamhub.router.composition.model.SubgraphField;
import io.streamhub.router.composition.model.SubgraphType;
import io.streamhub.router.composition.model.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Per-subgraph Federation 2 validations: every {@code @external} field must be used by a
 * field set or an interface, and the fields {@code @requires} and {@code @provides}
 * select must be {@code @external}.
 */
public final class Fed2Rules {

	private Fed2Rules() {
	}

	/**
	 * Validates a Federation 2 subgraph.
	 * @param subgraph the subgraph
	 * @param problems where problems are reported
	 */
	public static void validate(Subgraph subgraph, List<Problem> problems) {
		FieldUsage usage = FieldUsage.of(subgraph, problems);
		for (SubgraphType type : subgraph.types().values()) {
			type.keys().forEach((key) -> checkKeySelections(subgraph, type, key.fields(), problems));
			for (SubgraphField field : type.fields().values()) {
				checkExternalUsed(subgraph, usage, type, field, problems);
				checkProvidesOnComposite(subgraph, type, field, problems);
				ListSizeRule.check(subgraph, type, field, problems);
				checkSelectedAreExternal(subgraph, type.name(), field, field.requires(),
						"REQUIRES_FIELDS_MISSING_EXTERNAL", "@requires", problems);
				checkSelectedAreExternal(subgraph, field.type().baseName(), field, field.provides(),
						"PROVIDES_FIELDS_MISSING_EXTERNAL", "@provides", problems);
			}
		}
	}

	private static void checkKeySelections(Subgraph subgraph, SubgraphType type, String fields,
			List<Problem> problems) {
		for (FieldSets.Target target : FieldSets.targets(subgraph, type.name(), fields, (error) -> {
		})) {
			SubgraphField field = target.field();
			String prefix = "On type \"" + type.name() + "\", for @key(fields: \"" + fields + "\"): field \""
					+ target.coordinate() + "\" ";
			if (!field.arguments().isEmpty()) {
				problems.add(Problem.of("KEY_FIELDS_HAS_ARGS", subgraph.name(), target.coordinate(), prefix
						+ "cannot be included because it has arguments (fields with argument are not allowed in @key)"));
			}
			SubgraphType fieldType = subgraph.types().get(field.type().baseName());
			boolean abstractType = fieldType != null
					&& (fieldType.kind() == TypeKind.INTERFACE || fieldType.kind() == TypeKind.UNION);
			if (abstractType) {
				problems.add(Problem.of("KEY_FIELDS_SELECT_INVALID_TYPE", subgraph.name(), target.coordinate(),
						prefix + "is an Interface or Union type which is not allowed in @key"));
			}
		}
	}

	private static void checkProvidesOnComposite(Subgraph subgraph, SubgraphType type, SubgraphField field,
			List<Problem> problems) {
		SubgraphType target = subgraph.types().get(field.type().baseName());
		if (field.provides() == null || (target != null && target.kind().isComposite())) {
			return;
		}
		String coordinate = type.name() + "." + field.name();
		problems.add(Problem.of("PROVIDES_ON_NON_OBJECT_FIELD", subgraph.name(), coordinate,
				"Invalid @provides directive on field \"" + coordinate + "\": field has type \"" + field.type()
						+ "\" which is not a Composite Type"));
	}

	private static void checkExternalUsed(Subgraph subgraph, FieldUsage usage, SubgraphType type, SubgraphField field,
			List<Problem> problems) {
		if (!field.external() || usage.isUsed(type.name(), field.name())
				|| implementsInterfaceField(subgraph, type, field)) {
			return;
		}
		String coordinate = type.name() + "." + field.name();
		problems.add(Problem.of("EXTERNAL_UNUSED", subgraph.name(), coordinate, "Field \"" + coordinate
				+ "\" is marked @external but is not used in any federation directive (@key, @provides, @requires) or to satisfy an interface; the field declaration has no use and should be removed (or the field should not be @external)."));
	}

	private static boolean implementsInterfaceField(Subgraph subgraph, SubgraphType type, SubgraphField field) {
		return type.interfaces().stream().anyMatch((itf) -> subgraph.field(itf, field.name()) != null);
	}

	private static void checkSelectedAreExternal(Subgraph subgraph, String typeName, SubgraphField field,
			@Nullable String fieldSet, String code, String directive, List<Problem> problems) {
		if (fieldSet == null) {
			return;
		}
		for (FieldSets.Target target : FieldSets.targets(subgraph, typeName, fieldSet, (error) -> {
		})) {
			if (target.parentType().equals(typeName) && !target.field().external()) {
				problems.add(Problem.of(code, subgraph.name(), target.coordinate(),
						"On field \"" + field.name() + "\", for " + directive + "(fields: \"" + fieldSet
								+ "\"): field \"" + target.coordinate() + "\" should not be part of a " + directive
								+ " since it is already provided by this subgraph (it is not marked @external)"));
			}
		}
	}

}
