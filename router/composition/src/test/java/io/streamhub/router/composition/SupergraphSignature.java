package io.streamhub.router.composition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.AbstractDescribedNode;
import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.Node;
import graphql.language.ObjectTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.StringValue;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.parser.Parser;

/**
 * The meaning of a supergraph SDL as a sorted list of lines: types and their kinds,
 * fields with types and arguments, enum values, union members, implemented interfaces,
 * links, directive definitions, and every directive application with normalized arguments
 * (defaults dropped, field sets whitespace-normalized). Ordering, formatting and
 * descriptions do not matter.
 */
final class SupergraphSignature {

	private static final Map<String, Map<String, String>> DEFAULT_ARGUMENTS = Map.of("join__type",
			Map.of("extension", "false", "resolvable", "true", "isInterfaceObject", "false"), "join__field",
			Map.of("external", "false", "usedOverridden", "false"));

	private static final Set<String> FIELD_SET_ARGUMENTS = Set.of("key", "requires", "provides", "fields");

	/**
	 * What join v0.4/v0.5 (emitted by Apollo for subgraphs linking federation 2.7+) add
	 * over v0.3, which is what we emit: ignored, along with the version number itself.
	 */
	private static final Set<String> JOIN_V05_ADDITIONS = Set.of("join__directive", "join__ContextArgument",
			"join__FieldValue", "join__DirectiveArguments");

	private final List<String> lines = new ArrayList<>();

	private SupergraphSignature() {
	}

	static List<String> of(String sdl) {
		SupergraphSignature signature = new SupergraphSignature();
		Document document = Parser.parse(sdl);
		for (Definition<?> definition : document.getDefinitions()) {
			signature.add(definition);
		}
		signature.lines.removeIf((line) -> JOIN_V05_ADDITIONS.stream().anyMatch(line::contains));
		signature.lines.replaceAll((line) -> line.replaceAll("join/v0\\.[345]", "join/v0.x"));
		signature.lines.sort(Comparator.naturalOrder());
		return signature.lines;
	}

	private void add(Definition<?> definition) {
		if (definition instanceof SchemaDefinition schema) {
			schema.getDirectives().forEach((directive) -> this.lines.add("schema " + directive(directive)));
			schema.getOperationTypeDefinitions()
				.forEach((op) -> this.lines.add("schema " + op.getName() + ": " + op.getTypeName().getName()));
		}
		else if (definition instanceof DirectiveDefinition directive && isSpecDirective(directive.getName())) {
			this.lines.add("directive @" + directive.getName());
		}
		else if (definition instanceof DirectiveDefinition directive) {
			this.lines.add("directive @" + directive.getName() + (directive.isRepeatable() ? " repeatable" : "")
					+ " on " + directive.getDirectiveLocations().stream().map((l) -> l.getName()).sorted().toList());
			directive.getInputValueDefinitions().forEach((arg) -> addInputValue("@" + directive.getName() + ".", arg));
		}
		else if (definition instanceof TypeDefinition<?> type) {
			addType(type);
		}
	}

	/**
	 * join, link, tag and inaccessible definitions depend on the spec version; only
	 * custom directive definitions are compared in full.
	 */
	private static boolean isSpecDirective(String name) {
		return name.startsWith("join__") || Set.of("link", "tag", "inaccessible").contains(name);
	}

	private void addType(TypeDefinition<?> type) {
		String name = type.getName();
		this.lines.add(kind(type) + " " + name);
		describe(name, type);
		type.getDirectives().forEach((directive) -> this.lines.add(name + " " + directive(directive)));
		if (type instanceof ObjectTypeDefinition object) {
			object.getImplements().forEach((itf) -> this.lines.add(name + " implements " + AstPrinter.printAst(itf)));
			object.getFieldDefinitions().forEach((field) -> addField(name, field));
		}
		if (type instanceof InterfaceTypeDefinition itf) {
			itf.getImplements()
				.forEach((parent) -> this.lines.add(name + " implements " + AstPrinter.printAst(parent)));
			itf.getFieldDefinitions().forEach((field) -> addField(name, field));
		}
		if (type instanceof UnionTypeDefinition union) {
			union.getMemberTypes().forEach((member) -> this.lines.add(name + " member " + AstPrinter.printAst(member)));
		}
		if (type instanceof EnumTypeDefinition enumType) {
			enumType.getEnumValueDefinitions().forEach((value) -> {
				this.lines.add(name + "." + value.getName());
				describe(name + "." + value.getName(), value);
				value.getDirectives()
					.forEach((directive) -> this.lines.add(name + "." + value.getName() + " " + directive(directive)));
			});
		}
		if (type instanceof InputObjectTypeDefinition input) {
			input.getInputValueDefinitions().forEach((field) -> addInputValue(name + ".", field));
		}
	}

	private void describe(String coordinate, Node<?> node) {
		if (node instanceof AbstractDescribedNode<?> described && described.getDescription() != null) {
			this.lines.add("description of " + coordinate + ": " + described.getDescription().getContent());
		}
	}

	private static String kind(TypeDefinition<?> type) {
		return type.getClass().getSimpleName().replace("TypeDefinition", "").replace("Extension", "").toLowerCase();
	}

	private void addField(String typeName, FieldDefinition field) {
		String coordinate = typeName + "." + field.getName();
		String arguments = field.getInputValueDefinitions()
			.stream()
			.sorted(Comparator.comparing(InputValueDefinition::getName))
			.map(SupergraphSignature::inputValue)
			.collect(Collectors.joining(", ", "(", ")"));
		this.lines
			.add(coordinate + (arguments.equals("()") ? "" : arguments) + ": " + AstPrinter.printAst(field.getType()));
		field.getDirectives().forEach((directive) -> this.lines.add(coordinate + " " + directive(directive)));
		describe(coordinate, field);
		field.getInputValueDefinitions().forEach((arg) -> describe(coordinate + "(" + arg.getName() + ":)", arg));
		field.getInputValueDefinitions()
			.forEach((arg) -> arg.getDirectives()
				.forEach((directive) -> this.lines
					.add(coordinate + "(" + arg.getName() + ":) " + directive(directive))));
	}

	private void addInputValue(String prefix, InputValueDefinition value) {
		this.lines.add(prefix + inputValue(value));
		describe(prefix + value.getName(), value);
		value.getDirectives()
			.forEach((directive) -> this.lines.add(prefix + value.getName() + " " + directive(directive)));
	}

	private static String inputValue(InputValueDefinition value) {
		String text = value.getName() + ": " + AstPrinter.printAst(value.getType());
		return (value.getDefaultValue() != null) ? text + " = " + AstPrinter.printAst(value.getDefaultValue()) : text;
	}

	private static String directive(Directive directive) {
		Map<String, String> defaults = DEFAULT_ARGUMENTS.getOrDefault(directive.getName(), Map.of());
		List<String> arguments = new ArrayList<>();
		for (Argument argument : directive.getArguments()) {
			if (directive.getName().equals("join__field") && argument.getName().equals("overrideLabel")) {
				continue;
			}
			String value = value(argument);
			if (!value.equals(defaults.get(argument.getName()))) {
				arguments.add(argument.getName() + ": " + value);
			}
		}
		if (directive.getName().equals("deprecated") && arguments.isEmpty()) {
			arguments.add("reason: \"No longer supported\"");
		}
		arguments.sort(Comparator.naturalOrder());
		return "@" + directive.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")");
	}

	private static String value(Argument argument) {
		if (FIELD_SET_ARGUMENTS.contains(argument.getName()) && argument.getValue() instanceof StringValue fieldSet) {
			return "\"" + normalizeFieldSet(fieldSet.getValue()) + "\"";
		}
		return AstPrinter.printAst(argument.getValue());
	}

	static String normalizeFieldSet(String fieldSet) {
		return fieldSet.trim().replaceAll("\\s+", " ").replaceAll("\\s*([{}])\\s*", " $1 ").trim();
	}

}
