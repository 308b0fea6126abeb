package io.streamhub.router.supergraph;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValue;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.language.Value;
import org.jspecify.annotations.Nullable;

/**
 * Reads the join__ metadata of a parsed supergraph document into {@link TypeInfo}s.
 */
final class SupergraphReader {

	private final Document document;

	private final Map<String, SubgraphInfo> graphsByEnum = new LinkedHashMap<>();

	SupergraphReader(Document document) {
		this.document = document;
	}

	List<SubgraphInfo> readGraphs() {
		EnumTypeDefinition graphEnum = this.document.getDefinitionsOfType(EnumTypeDefinition.class)
			.stream()
			.filter((definition) -> definition.getName().equals("join__Graph"))
			.findFirst()
			.orElseThrow(() -> new SupergraphException("Not a supergraph: no join__Graph enum"));
		for (EnumValueDefinition value : graphEnum.getEnumValueDefinitions()) {
			Directive graph = value.getDirectives("join__graph")
				.stream()
				.findFirst()
				.orElseThrow(() -> new SupergraphException(
						"Malformed supergraph: join__Graph." + value.getName() + " has no @join__graph"));
			String name = requiredString(graph, "name", "join__Graph." + value.getName());
			String url = requiredString(graph, "url", "join__Graph." + value.getName());
			this.graphsByEnum.put(value.getName(), new SubgraphInfo(name, value.getName(), toUri(name, url)));
		}
		if (this.graphsByEnum.isEmpty()) {
			throw new SupergraphException("Malformed supergraph: join__Graph has no values");
		}
		return List.copyOf(this.graphsByEnum.values());
	}

	private static URI toUri(String name, String url) {
		try {
			return URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new SupergraphException("Malformed supergraph: subgraph '" + name + "' has an invalid url: " + url);
		}
	}

	Map<String, TypeInfo> readTypes() {
		Map<String, TypeInfo> types = new LinkedHashMap<>();
		for (Definition<?> definition : this.document.getDefinitions()) {
			if (definition instanceof TypeDefinition<?> type && !isFederationType(type.getName())) {
				types.put(type.getName(), readType(type));
			}
		}
		return types;
	}

	static boolean isFederationType(String name) {
		return name.startsWith("join__") || name.startsWith("link__") || name.startsWith("core__");
	}

	private TypeInfo readType(TypeDefinition<?> type) {
		List<JoinType> joinTypes = readJoinTypes(type);
		Map<String, FieldInfo> fields = new LinkedHashMap<>();
		List<String> interfaces = new ArrayList<>();
		if (type instanceof ImplementingTypeDefinition<?> implementing) {
			for (Object field : implementing.getFieldDefinitions()) {
				FieldInfo info = readField((FieldDefinition) field);
				fields.put(info.name(), info);
			}
			for (Type<?> implemented : implementing.getImplements()) {
				interfaces.add(((TypeName) implemented).getName());
			}
		}
		List<String> members = new ArrayList<>();
		if (type instanceof UnionTypeDefinition union) {
			union.getMemberTypes().forEach((member) -> members.add(((TypeName) member).getName()));
		}
		return new TypeInfo(type.getName(), kindOf(type), joinTypes, fields, interfaces,
				perGraph(type, "join__implements", "interface"), members, perGraph(type, "join__unionMember", "member"),
				isInaccessible(type));
	}

	private static TypeKind kindOf(TypeDefinition<?> type) {
		if (type instanceof ObjectTypeDefinition) {
			return TypeKind.OBJECT;
		}
		if (type instanceof InterfaceTypeDefinition) {
			return TypeKind.INTERFACE;
		}
		if (type instanceof UnionTypeDefinition) {
			return TypeKind.UNION;
		}
		if (type instanceof EnumTypeDefinition) {
			return TypeKind.ENUM;
		}
		if (type instanceof InputObjectTypeDefinition) {
			return TypeKind.INPUT_OBJECT;
		}
		if (type instanceof ScalarTypeDefinition) {
			return TypeKind.SCALAR;
		}
		throw new SupergraphException("Unsupported type definition " + type.getName());
	}

	static boolean isInaccessible(DirectivesContainer<?> container) {
		return container.hasDirective("inaccessible");
	}

	private List<JoinType> readJoinTypes(TypeDefinition<?> type) {
		List<JoinType> joinTypes = new ArrayList<>();
		for (Directive directive : type.getDirectives("join__type")) {
			String graph = graphName(directive, type.getName());
			String key = optionalString(directive, "key");
			joinTypes.add(
					new JoinType(graph, (key != null) ? FieldSet.parse(key) : null, bool(directive, "resolvable", true),
							bool(directive, "extension", false), bool(directive, "isInterfaceObject", false)));
		}
		return joinTypes;
	}

	private Map<String, Set<String>> perGraph(TypeDefinition<?> type, String directiveName, String argument) {
		Map<String, Set<String>> byGraph = new LinkedHashMap<>();
		for (Directive directive : type.getDirectives(directiveName)) {
			String graph = graphName(directive, type.getName());
			String value = requiredString(directive, argument, type.getName());
			byGraph.computeIfAbsent(graph, (key) -> new LinkedHashSet<>()).add(value);
		}
		return byGraph;
	}

	private FieldInfo readField(FieldDefinition field) {
		List<JoinField> joins = new ArrayList<>();
		for (Directive directive : field.getDirectives("join__field")) {
			Argument graphArgument = directive.getArgument("graph");
			String graph = (graphArgument == null || !(graphArgument.getValue() instanceof EnumValue)) ? null
					: graphName(directive, field.getName());
			String requires = optionalString(directive, "requires");
			String provides = optionalString(directive, "provides");
			joins.add(new JoinField(graph, (requires != null) ? FieldSet.parse(requires) : null,
					(provides != null) ? FieldSet.parse(provides) : null, optionalString(directive, "type"),
					bool(directive, "external", false), optionalString(directive, "override"),
					bool(directive, "usedOverridden", false)));
		}
		return new FieldInfo(field.getName(), namedType(field.getType()), joins);
	}

	static String namedType(Type<?> type) {
		Type<?> current = type;
		while (!(current instanceof TypeName)) {
			current = (Type<?>) current.getChildren().get(0);
		}
		return ((TypeName) current).getName();
	}

	private String graphName(Directive directive, String owner) {
		Argument argument = directive.getArgument("graph");
		if (argument == null || !(argument.getValue() instanceof EnumValue value)) {
			throw new SupergraphException(
					"Malformed supergraph: @" + directive.getName() + " on " + owner + " has no graph");
		}
		SubgraphInfo graph = this.graphsByEnum.get(value.getName());
		if (graph == null) {
			throw new SupergraphException("Malformed supergraph: @" + directive.getName() + " on " + owner
					+ " names unknown graph " + value.getName());
		}
		return graph.name();
	}

	private static String requiredString(Directive directive, String name, String owner) {
		String value = optionalString(directive, name);
		if (value == null) {
			throw new SupergraphException(
					"Malformed supergraph: @" + directive.getName() + " on " + owner + " needs a '" + name + "'");
		}
		return value;
	}

	static @Nullable String optionalString(Directive directive, String name) {
		Argument argument = directive.getArgument(name);
		if (argument == null) {
			return null;
		}
		Value<?> value = argument.getValue();
		return (value instanceof StringValue string) ? string.getValue() : null;
	}

	private static boolean bool(Directive directive, String name, boolean defaultValue) {
		Argument argument = directive.getArgument(name);
		if (argument == null || !(argument.getValue() instanceof BooleanValue value)) {
			return defaultValue;
		}
		return value.isValue();
	}

}
