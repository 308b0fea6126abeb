package io.streamhub.router.composition.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.streamhub.router.composition.model.Applied;
import io.streamhub.router.composition.model.DirectiveDef;
import io.streamhub.router.composition.model.InputValue;
import io.streamhub.router.composition.model.JoinField;
import io.streamhub.router.composition.model.JoinType;
import io.streamhub.router.composition.model.ListSize;
import io.streamhub.router.composition.model.SubgraphType;
import io.streamhub.router.composition.model.SupergraphField;
import io.streamhub.router.composition.model.SupergraphType;
import org.jspecify.annotations.Nullable;

/**
 * Prints one merged type with its join directives.
 */
final class TypePrinter {

	private static final String DEFAULT_DEPRECATION = "No longer supported";

	private final String inaccessible;

	private final String tag;

	private final Map<String, Boolean> composed;

	/**
	 * A printer for one supergraph.
	 * @param inaccessible the supergraph name of {@code @inaccessible}
	 * @param tag the supergraph name of {@code @tag}
	 * @param composed the directives composed with {@code @composeDirective} (whether
	 * each is repeatable, by name)
	 */
	TypePrinter(String inaccessible, String tag, Map<String, Boolean> composed) {
		this.inaccessible = inaccessible;
		this.tag = tag;
		this.composed = composed;
	}

	String print(SupergraphType type) {
		StringBuilder out = new StringBuilder();
		if (type.description() != null) {
			out.append(Strings.description(type.description(), ""));
		}
		out.append(type.kind().keyword()).append(' ').append(type.name());
		if (!type.interfaces().isEmpty()) {
			out.append(" implements ").append(String.join(" & ", type.interfaces().keySet()));
		}
		typeDirectives(type).forEach((directive) -> out.append("\n  ").append(directive));
		switch (type.kind()) {
			case SCALAR -> {
				return out.toString();
			}
			case UNION -> {
				return out.append("\n = ").append(String.join(" | ", type.members().keySet())).toString();
			}
			case ENUM -> enumValues(type, out);
			default -> fields(type, out);
		}
		return out.toString();
	}

	String directive(DirectiveDef directive) {
		StringBuilder out = new StringBuilder();
		if (directive.description() != null) {
			out.append(Strings.description(directive.description(), ""));
		}
		out.append("directive @").append(directive.name()).append(arguments(directive.arguments()));
		if (directive.repeatable()) {
			out.append(" repeatable");
		}
		return out.append(" on ").append(String.join(" | ", directive.locations())).toString();
	}

	private List<String> typeDirectives(SupergraphType type) {
		List<String> directives = new ArrayList<>();
		List<String> graphs = new ArrayList<>();
		type.interfaces()
			.values()
			.forEach((list) -> list.stream().filter((g) -> !graphs.contains(g)).forEach(graphs::add));
		type.joinTypes().stream().map(JoinType::graph).filter((g) -> !graphs.contains(g)).forEach(graphs::add);
		for (String graph : graphs) {
			type.interfaces().forEach((itf, itfGraphs) -> {
				if (itfGraphs.contains(graph)) {
					directives.add("@join__implements(graph: " + graph + ", interface: " + Strings.quote(itf) + ")");
				}
			});
		}
		type.joinTypes().forEach((joinType) -> directives.add(joinType(joinType)));
		type.members()
			.forEach((member, memberGraphs) -> memberGraphs.forEach((graph) -> directives
				.add("@join__unionMember(graph: " + graph + ", member: " + Strings.quote(member) + ")")));
		if (type.applied().inaccessible()) {
			directives.add("@" + this.inaccessible);
		}
		directives.addAll(carried(type.applied()));
		return directives;
	}

	private String joinType(JoinType joinType) {
		StringBuilder out = new StringBuilder("@join__type(graph: ").append(joinType.graph());
		if (joinType.key() != null) {
			out.append(", key: ").append(Strings.quote(joinType.key()));
		}
		if (joinType.extension()) {
			out.append(", extension: true");
		}
		if (!joinType.resolvable()) {
			out.append(", resolvable: false");
		}
		if (joinType.interfaceObject()) {
			out.append(", isInterfaceObject: true");
		}
		return out.append(')').toString();
	}

	private void enumValues(SupergraphType type, StringBuilder out) {
		out.append("\n{\n");
		boolean first = true;
		for (SubgraphType.EnumValue value : type.values().values()) {
			if (value.description() != null && !first) {
				out.append('\n');
			}
			first = false;
			if (value.description() != null) {
				out.append(Strings.description(value.description(), "  "));
			}
			out.append("  ").append(value.name());
			if (value.applied().inaccessible()) {
				out.append(" @").append(this.inaccessible);
			}
			for (String graph : type.valueGraphs().getOrDefault(value.name(), List.of())) {
				out.append(" @join__enumValue(graph: ").append(graph).append(')');
			}
			carried(value.applied()).forEach((directive) -> out.append(' ').append(directive));
			out.append('\n');
		}
		out.append('}');
	}

	private void fields(SupergraphType type, StringBuilder out) {
		out.append("\n{\n");
		boolean first = true;
		for (SupergraphField field : type.fields().values()) {
			if (field.description() != null && !first) {
				out.append('\n');
			}
			first = false;
			if (field.description() != null) {
				out.append(Strings.description(field.description(), "  "));
			}
			out.append("  ").append(field.name()).append(arguments(field.arguments()));
			out.append(": ").append(field.type());
			if (field.defaultValue() != null) {
				out.append(" = ").append(field.defaultValue());
			}
			if (field.applied().inaccessible()) {
				out.append(" @").append(this.inaccessible);
			}
			field.joinFields().forEach((joinField) -> out.append(' ').append(joinField(joinField)));
			carried(field.applied()).forEach((directive) -> out.append(' ').append(directive));
			out.append('\n');
		}
		out.append('}');
	}

	private String arguments(Map<String, InputValue> arguments) {
		if (arguments.isEmpty()) {
			return "";
		}
		if (arguments.values().stream().anyMatch((argument) -> argument.description() != null)) {
			return describedArguments(arguments);
		}
		return arguments.values().stream().map(this::argument).collect(Collectors.joining(", ", "(", ")"));
	}

	private String describedArguments(Map<String, InputValue> arguments) {
		StringBuilder out = new StringBuilder("(\n");
		for (InputValue argument : arguments.values()) {
			if (argument.description() != null) {
				out.append(Strings.description(argument.description(), "    "));
			}
			out.append("    ").append(argument(argument)).append('\n');
		}
		return out.append("  )").toString();
	}

	private String argument(InputValue argument) {
		StringBuilder out = new StringBuilder();
		out.append(argument.name()).append(": ").append(argument.type());
		if (argument.defaultValue() != null) {
			out.append(" = ").append(argument.defaultValue());
		}
		applied(argument.applied()).forEach((directive) -> out.append(' ').append(directive));
		return out.toString();
	}

	private String joinField(JoinField joinField) {
		if (joinField.graph() == null) {
			return "@join__field";
		}
		StringBuilder out = new StringBuilder("@join__field(graph: ").append(joinField.graph());
		appendString(out, "requires", joinField.requires());
		appendString(out, "provides", joinField.provides());
		appendString(out, "type", joinField.type());
		if (joinField.external()) {
			out.append(", external: true");
		}
		appendString(out, "override", joinField.override());
		if (joinField.usedOverridden()) {
			out.append(", usedOverridden: true");
		}
		return out.append(')').toString();
	}

	private void appendString(StringBuilder out, String name, @Nullable String value) {
		if (value != null) {
			out.append(", ").append(name).append(": ").append(Strings.quote(value));
		}
	}

	private static String listSize(ListSize listSize) {
		List<String> arguments = new ArrayList<>();
		if (listSize.assumedSize() != null) {
			arguments.add("assumedSize: " + listSize.assumedSize());
		}
		if (listSize.slicingArguments() != null) {
			arguments.add("slicingArguments: " + strings(listSize.slicingArguments()));
		}
		if (listSize.sizedFields() != null) {
			arguments.add("sizedFields: " + strings(listSize.sizedFields()));
		}
		if (listSize.requireOneSlicingArgument() != null) {
			arguments.add("requireOneSlicingArgument: " + listSize.requireOneSlicingArgument());
		}
		return "@listSize(" + String.join(", ", arguments) + ")";
	}

	private static String strings(List<String> values) {
		return values.stream().map(Strings::quote).collect(Collectors.joining(", ", "[", "]"));
	}

	private List<String> applied(Applied applied) {
		List<String> directives = new ArrayList<>();
		if (applied.inaccessible()) {
			directives.add("@" + this.inaccessible);
		}
		directives.addAll(carried(applied));
		return directives;
	}

	/**
	 * The carried directives other than {@code @inaccessible} (which Apollo prints before
	 * join directives on fields and enum values, after them on types).
	 */
	private List<String> carried(Applied applied) {
		List<String> directives = new ArrayList<>();
		applied.tags().forEach((tag) -> directives.add("@" + this.tag + "(name: " + Strings.quote(tag) + ")"));
		if (applied.deprecationReason() != null) {
			directives.add(applied.deprecationReason().equals(DEFAULT_DEPRECATION) ? "@deprecated"
					: "@deprecated(reason: " + Strings.quote(applied.deprecationReason()) + ")");
		}
		if (applied.authenticated()) {
			directives.add("@authenticated");
		}
		if (!applied.requiresScopes().isEmpty()) {
			directives.add("@requiresScopes(scopes: "
					+ AccessControl.print(AccessControl.conjunction(applied.requiresScopes())) + ")");
		}
		if (!applied.policies().isEmpty()) {
			directives
				.add("@policy(policies: " + AccessControl.print(AccessControl.conjunction(applied.policies())) + ")");
		}
		if (applied.listSize() != null) {
			directives.add(listSize(applied.listSize()));
		}
		if (applied.costWeight() != null) {
			directives.add("@cost(weight: " + applied.costWeight() + ")");
		}
		if (applied.specifiedBy() != null) {
			directives.add("@specifiedBy(url: " + Strings.quote(applied.specifiedBy()) + ")");
		}
		directives.addAll(ComposedApplications.resolve(applied.custom(), this.composed));
		return directives;
	}

}
