package io.streamhub.router.composition.read;

import java.util.List;

import io.streamhub.router.composition.model.InputValue;
import io.streamhub.router.composition.model.ListSize;
import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.Subgraph;
import io.streamhub.router.composition.model.SubgraphField;
import io.streamhub.router.composition.model.SubgraphType;
import io.streamhub.router.composition.model.TypeRef;

/**
 * {@code @listSize} must size a list: the field itself is a list, or its sized fields are
 * list fields of the composite type it returns; slicing arguments are Int arguments of
 * the field.
 */
final class ListSizeRule {

	private ListSizeRule() {
	}

	static void check(Subgraph subgraph, SubgraphType type, SubgraphField field, List<Problem> problems) {
		ListSize listSize = field.applied().listSize();
		if (listSize == null) {
			return;
		}
		String coordinate = type.name() + "." + field.name();
		if (listSize.sizedFields() == null && !isList(field.type())) {
			problems.add(Problem.of("LIST_SIZE_APPLIED_TO_NON_LIST", subgraph.name(), coordinate,
					"\"" + coordinate + "\" is not a list"));
		}
		if (listSize.sizedFields() != null) {
			checkSizedFields(subgraph, coordinate, field, listSize.sizedFields(), problems);
		}
		if (listSize.slicingArguments() != null) {
			for (String argument : listSize.slicingArguments()) {
				InputValue value = field.arguments().get(argument);
				if (value == null || !value.type().baseName().equals("Int") || isList(value.type())) {
					problems.add(Problem.of("LIST_SIZE_INVALID_SLICING_ARGUMENT", subgraph.name(), coordinate,
							"Slicing argument \"" + argument + "\" is not an Int argument of \"" + coordinate + "\""));
				}
			}
		}
	}

	private static void checkSizedFields(Subgraph subgraph, String coordinate, SubgraphField field,
			List<String> sizedFields, List<Problem> problems) {
		SubgraphType returned = subgraph.types().get(field.type().baseName());
		if (returned == null || !returned.kind().isComposite() || isList(field.type())) {
			problems.add(Problem.of("LIST_SIZE_INVALID_SIZED_FIELD", subgraph.name(), coordinate,
					"Sized fields cannot be used because \"" + field.type() + "\" is not a composite type"));
			return;
		}
		for (String sized : sizedFields) {
			SubgraphField target = returned.fields().get(sized);
			if (target == null || !isList(target.type())) {
				problems.add(Problem.of("LIST_SIZE_INVALID_SIZED_FIELD", subgraph.name(), coordinate,
						"Sized field \"" + sized + "\" is not a list field of \"" + returned.name() + "\""));
			}
		}
	}

	private static boolean isList(TypeRef type) {
		TypeRef unwrapped = (type instanceof TypeRef.NonNull nonNull) ? nonNull.of() : type;
		return unwrapped instanceof TypeRef.ListOf;
	}

}
