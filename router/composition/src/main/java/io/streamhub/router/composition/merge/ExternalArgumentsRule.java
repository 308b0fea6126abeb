package io.streamhub.router.composition.merge;

import java.util.Map;
import java.util.Objects;

import io.streamhub.router.composition.model.InputValue;
import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.SubgraphField;
import org.jspecify.annotations.Nullable;

/**
 * An {@code @external} field must declare the arguments of the field it stands for, with
 * compatible types and the same defaults (EXTERNAL_ARGUMENT_MISSING,
 * EXTERNAL_ARGUMENT_TYPE_MISMATCH, EXTERNAL_ARGUMENT_DEFAULT_MISMATCH).
 */
final class ExternalArgumentsRule {

	private ExternalArgumentsRule() {
	}

	static void check(MergeContext context, Subtyping subtyping, String coordinate, Sources<SubgraphField> sources,
			Map<String, InputValue> merged) {
		for (int i = 0; i < sources.size(); i++) {
			SubgraphField field = sources.element(i);
			if (field == null || !field.external()) {
				continue;
			}
			for (InputValue argument : merged.values()) {
				checkArgument(context, subtyping, coordinate, context.name(i), argument,
						field.arguments().get(argument.name()));
			}
		}
	}

	private static void checkArgument(MergeContext context, Subtyping subtyping, String coordinate, String subgraph,
			InputValue merged, @Nullable InputValue external) {
		String argCoordinate = coordinate + "(" + merged.name() + ":)";
		if (external == null) {
			context.report(Problem.of("EXTERNAL_ARGUMENT_MISSING", subgraph, argCoordinate, "Field \"" + coordinate
					+ "\" is missing argument \"" + argCoordinate + "\" where it is marked @external"));
			return;
		}
		if (!external.type().equals(merged.type()) && !subtyping.isStrictSubtype(external.type(), merged.type())) {
			context.report(Problem.of("EXTERNAL_ARGUMENT_TYPE_MISMATCH", subgraph, argCoordinate,
					"Type of argument \"" + argCoordinate + "\" is incompatible where \"" + coordinate
							+ "\" is marked @external: it has type \"" + external.type() + "\" but \"" + merged.type()
							+ "\" elsewhere"));
		}
		if (!Objects.equals(external.defaultValue(), merged.defaultValue())) {
			context.report(Problem.of("EXTERNAL_ARGUMENT_DEFAULT_MISMATCH", subgraph, argCoordinate, "Argument \""
					+ argCoordinate + "\" has incompatible defaults where \"" + coordinate + "\" is marked @external"));
		}
	}

}
