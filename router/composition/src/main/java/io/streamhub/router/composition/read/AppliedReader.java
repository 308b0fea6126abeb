package io.streamhub.router.composition.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import io.streamhub.router.composition.model.Applied;
import io.streamhub.router.composition.model.ListSize;
import org.jspecify.annotations.Nullable;

/**
 * Reads the directives that composition carries to the supergraph: {@code @inaccessible},
 * {@code @tag}, {@code @deprecated}, the access control and cost directives, and custom
 * directives (kept in case they are composed).
 */
final class AppliedReader {

	private static final String DEFAULT_DEPRECATION = "No longer supported";

	private static final Set<String> BUILT_IN = Set.of("deprecated", "specifiedBy", "include", "skip", "oneOf", "link");

	private AppliedReader() {
	}

	private static ListSize listSize(Directive directive) {
		Integer assumedSize = (directive.getArgument("assumedSize") != null
				&& directive.getArgument("assumedSize").getValue() instanceof IntValue size)
						? size.getValue().intValue() : null;
		Boolean requireOne = (directive.getArgument("requireOneSlicingArgument") != null
				&& directive.getArgument("requireOneSlicingArgument").getValue() instanceof BooleanValue value)
						? value.isValue() : null;
		return new ListSize(assumedSize, strings(directive, "slicingArguments"), strings(directive, "sizedFields"),
				requireOne);
	}

	private static @Nullable List<String> strings(Directive directive, String argument) {
		if (directive.getArgument(argument) == null
				|| !(directive.getArgument(argument).getValue() instanceof ArrayValue list)) {
			return null;
		}
		return list.getValues()
			.stream()
			.filter(StringValue.class::isInstance)
			.map((value) -> ((StringValue) value).getValue())
			.toList();
	}

	private static List<List<String>> nestedStrings(Directive directive, String argument) {
		List<List<String>> disjunction = new ArrayList<>();
		if (directive.getArgument(argument) == null
				|| !(directive.getArgument(argument).getValue() instanceof ArrayValue outer)) {
			return disjunction;
		}
		for (Value<?> inner : outer.getValues()) {
			List<String> conjunction = new ArrayList<>();
			if (inner instanceof ArrayValue list) {
				list.getValues()
					.stream()
					.filter(StringValue.class::isInstance)
					.forEach((value) -> conjunction.add(((StringValue) value).getValue()));
			}
			disjunction.add(conjunction);
		}
		return disjunction;
	}

	static void read(FederationLink link, Directive directive, Applied applied) {
		switch (link.canonical(directive.getName())) {
			case "inaccessible" -> applied.markInaccessible();
			case "tag" -> {
				String tag = FederationLink.stringArgument(directive, "name");
				if (tag != null) {
					applied.tags().add(tag);
				}
			}
			case "deprecated" -> {
				String reason = FederationLink.stringArgument(directive, "reason");
				applied.deprecate((reason != null) ? reason : DEFAULT_DEPRECATION);
			}
			case "specifiedBy" -> {
				String url = FederationLink.stringArgument(directive, "url");
				if (url != null) {
					applied.specifiedBy(url);
				}
			}
			case "authenticated" -> applied.markAuthenticated();
			case "requiresScopes" -> applied.requiresScopes().add(nestedStrings(directive, "scopes"));
			case "policy" -> applied.policies().add(nestedStrings(directive, "policies"));
			case "cost" -> {
				if (directive.getArgument("weight") != null
						&& directive.getArgument("weight").getValue() instanceof IntValue weight) {
					applied.cost(weight.getValue().intValue());
				}
			}
			case "listSize" -> applied.listSize(listSize(directive));
			default -> {
				if (!link.knows(directive.getName()) && !BUILT_IN.contains(directive.getName())) {
					applied.custom().add(AstPrinter.printAst(directive));
				}
			}
		}
	}

}
