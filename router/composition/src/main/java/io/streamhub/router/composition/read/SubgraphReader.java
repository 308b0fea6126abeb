package io.streamhub.router.composition.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.AbstractDescribedNode;
import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.Description;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.DirectiveLocation;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumTypeExtensionDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputObjectTypeExtensionDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.InterfaceTypeExtensionDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.ScalarTypeExtensionDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.language.UnionTypeExtensionDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.streamhub.router.composition.model.DirectiveDef;
import io.streamhub.router.composition.model.FieldSets;
import io.streamhub.router.composition.model.InputValue;
import io.streamhub.router.composition.model.Key;
import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.Subgraph;
import io.streamhub.router.composition.model.SubgraphField;
import io.streamhub.router.composition.model.SubgraphType;
import io.streamhub.router.composition.model.TypeKind;
import io.streamhub.router.composition.model.TypeRef;
import org.jspecify.annotations.Nullable;

/**
 * Reads one subgraph SDL into the composition model: folds definitions and extensions,
 * renames root types, resolves federation directive names, and strips the federation
 * plumbing ({@code _Service}, {@code _Entity}, {@code _Any}, {@code _service},
 * {@code _entities}, directive definitions).
 */
public final class SubgraphReader {

	private static final Set<String> PLUMBING_TYPES = Set.of("_Service", "_Any", "_Entity", "_FieldSet", "FieldSet",
			"link__Import", "link__Purpose");

	private static final Set<String> PLUMBING_FIELDS = Set.of("_service", "_entities");

	private static final Set<String> BUILT_IN_SCALARS = Set.of("Int", "Float", "String", "Boolean", "ID");

	private final String name;

	private final String url;

	private final List<Problem> problems;

	private final Map<String, String> rootRenames = new HashMap<>();

	private final List<Directive> schemaDirectives = new ArrayList<>();

	private FederationLink link = FederationLink.from(List.of());

	private SubgraphReader(String name, String url, List<Problem> problems) {
		this.name = name;
		this.url = url;
		this.problems = problems;
	}

	/**
	 * Reads a subgraph.
	 * @param name the subgraph name
	 * @param url the routing URL
	 * @param sdl the SDL
	 * @param problems where problems are reported
	 * @return the subgraph, or null when its SDL cannot be parsed
	 */
	public static @Nullable Subgraph read(String name, String url, String sdl, List<Problem> problems) {
		return new SubgraphReader(name, url, problems).read(sdl);
	}

	private @Nullable Subgraph read(String sdl) {
		Document document;
		try {
			document = Parser.parse(sdl);
		}
		catch (InvalidSyntaxException ex) {
			this.problems.add(Problem.of("INVALID_GRAPHQL", this.name, null, ex.getMessage()));
			return null;
		}
		readSchemaDefinitions(document);
		Subgraph subgraph = new Subgraph(this.name, this.url, this.link.fed2());
		DirectiveUsageRule.check(subgraph, document, this.link, this.problems);
		for (Definition<?> definition : document.getDefinitions()) {
			if (definition instanceof TypeDefinition<?> type && !isPlumbing(type)) {
				readType(subgraph, type);
			}
			if (definition instanceof DirectiveDefinition directive && isCustom(directive.getName())) {
				subgraph.directives().put(directive.getName(), readDirective(directive));
			}
		}
		ComposeDirectiveReader.read(subgraph, this.schemaDirectives, this.link, this.problems);
		// Every subgraph has a Query root in Apollo's eyes (_service and _entities live
		// there).
		subgraph.types().computeIfAbsent("Query", (query) -> new SubgraphType(query, TypeKind.OBJECT)).markDefinition();
		ignoreExternalOnExtensionKeys(subgraph);
		checkTypeReferences(subgraph);
		return subgraph;
	}

	private void readSchemaDefinitions(Document document) {
		List<Directive> schemaDirectives = this.schemaDirectives;
		for (Definition<?> definition : document.getDefinitions()) {
			if (definition instanceof SchemaDefinition schema) {
				schemaDirectives.addAll(schema.getDirectives());
				schema.getOperationTypeDefinitions()
					.forEach((operation) -> this.rootRenames.put(operation.getTypeName().getName(),
							rootName(operation.getName())));
			}
		}
		this.link = FederationLink.from(schemaDirectives);
	}

	private static String rootName(String operation) {
		return Character.toUpperCase(operation.charAt(0)) + operation.substring(1);
	}

	private boolean isPlumbing(TypeDefinition<?> type) {
		String typeName = type.getName();
		return PLUMBING_TYPES.contains(typeName) || typeName.startsWith("link__") || typeName.startsWith("federation__")
				|| typeName.startsWith("join__");
	}

	/**
	 * {@code @external} on a key field of a type extension only says the field is defined
	 * elsewhere: the field is not external (Federation 1 habit that Federation 2 keeps
	 * accepting).
	 * @param subgraph the subgraph
	 */
	private static void ignoreExternalOnExtensionKeys(Subgraph subgraph) {
		for (SubgraphType type : subgraph.types().values()) {
			for (Key key : type.keys()) {
				if (key.extension() || type.extendsDirective()) {
					FieldSets.targets(subgraph, type.name(), key.fields(), (error) -> {
					})
						.stream()
						.filter((target) -> target.parentType().equals(type.name()))
						.forEach((target) -> target.field().external(false));
				}
			}
		}
	}

	private String rename(String typeName) {
		return this.rootRenames.getOrDefault(typeName, typeName);
	}

	private void readType(Subgraph subgraph, TypeDefinition<?> definition) {
		TypeKind kind = kindOf(definition);
		String typeName = rename(definition.getName());
		SubgraphType type = subgraph.types().get(typeName);
		if (type != null && type.kind() != kind) {
			this.problems.add(Problem.of("INVALID_GRAPHQL", this.name, typeName,
					"Type \"" + typeName + "\" is defined with different kinds in the same subgraph"));
			return;
		}
		if (type == null) {
			type = new SubgraphType(typeName, kind);
			subgraph.types().put(typeName, type);
		}
		boolean extension = isExtension(definition);
		if (extension) {
			type.markExtension();
		}
		else {
			type.markDefinition();
			type.description((definition instanceof AbstractDescribedNode<?> described)
					? text(described.getDescription()) : null);
		}
		readTypeDirectives(type, definition, extension);
		readMembers(type, definition, definitionIsShareable(definition));
	}

	private boolean isCustom(String directiveName) {
		return !this.link.knows(directiveName) && !directiveName.equals("link") && !directiveName.contains("__")
				&& !FederationLink.FEDERATION_DIRECTIVES.contains(directiveName)
				&& !Set.of("deprecated", "specifiedBy", "include", "skip", "oneOf").contains(directiveName);
	}

	private DirectiveDef readDirective(DirectiveDefinition definition) {
		Map<String, InputValue> arguments = new LinkedHashMap<>();
		definition.getInputValueDefinitions().forEach((arg) -> arguments.put(arg.getName(), readInputValue(arg)));
		return new DirectiveDef(definition.getName(), text(definition.getDescription()), definition.isRepeatable(),
				definition.getDirectiveLocations().stream().map(DirectiveLocation::getName).toList(), arguments);
	}

	private static TypeKind kindOf(TypeDefinition<?> definition) {
		if (definition instanceof ObjectTypeDefinition) {
			return TypeKind.OBJECT;
		}
		if (definition instanceof InterfaceTypeDefinition) {
			return TypeKind.INTERFACE;
		}
		if (definition instanceof UnionTypeDefinition) {
			return TypeKind.UNION;
		}
		if (definition instanceof EnumTypeDefinition) {
			return TypeKind.ENUM;
		}
		if (definition instanceof InputObjectTypeDefinition) {
			return TypeKind.INPUT_OBJECT;
		}
		return TypeKind.SCALAR;
	}

	private static boolean isExtension(TypeDefinition<?> definition) {
		return definition instanceof ObjectTypeExtensionDefinition
				|| definition instanceof InterfaceTypeExtensionDefinition
				|| definition instanceof UnionTypeExtensionDefinition
				|| definition instanceof EnumTypeExtensionDefinition
				|| definition instanceof InputObjectTypeExtensionDefinition
				|| definition instanceof ScalarTypeExtensionDefinition;
	}

	private boolean definitionIsShareable(TypeDefinition<?> definition) {
		return definition.getDirectives()
			.stream()
			.anyMatch((d) -> this.link.canonical(d.getName()).equals("shareable"));
	}

	private boolean definitionIsExternal(TypeDefinition<?> definition) {
		// Federation 1 ignores @external on types (Apollo's upgrade removes it).
		return this.link.fed2() && definition.getDirectives()
			.stream()
			.anyMatch((d) -> this.link.canonical(d.getName()).equals("external"));
	}

	private void readTypeDirectives(SubgraphType type, TypeDefinition<?> definition, boolean extension) {
		for (Directive directive : definition.getDirectives()) {
			switch (this.link.canonical(directive.getName())) {
				case "key" -> type.keys().add(readKey(directive, extension));
				case "shareable" -> type.shareable(true);
				case "interfaceObject" -> type.interfaceObject(true);
				case "extends" -> type.extendsDirective(true);
				default -> AppliedReader.read(this.link, directive, type.applied());
			}
		}
	}

	private static Key readKey(Directive directive, boolean extension) {
		String fields = FederationLink.stringArgument(directive, "fields");
		boolean resolvable = directive.getArgument("resolvable") == null
				|| !(directive.getArgument("resolvable").getValue() instanceof BooleanValue value) || value.isValue();
		return new Key((fields != null) ? fields : "", resolvable, extension);
	}

	private void readMembers(SubgraphType type, TypeDefinition<?> definition, boolean shareable) {
		if (definition instanceof ObjectTypeDefinition object) {
			object.getImplements().forEach((itf) -> type.interfaces().add(rename(AstPrinter.printAst(itf))));
			object.getFieldDefinitions()
				.forEach((field) -> readField(type, field, shareable, definitionIsExternal(definition)));
		}
		else if (definition instanceof InterfaceTypeDefinition itf) {
			itf.getImplements().forEach((parent) -> type.interfaces().add(AstPrinter.printAst(parent)));
			itf.getFieldDefinitions().forEach((field) -> readField(type, field, false, false));
		}
		else if (definition instanceof UnionTypeDefinition union) {
			union.getMemberTypes().forEach((member) -> type.members().add(rename(AstPrinter.printAst(member))));
		}
		else if (definition instanceof EnumTypeDefinition enumType) {
			enumType.getEnumValueDefinitions().forEach((value) -> {
				SubgraphType.EnumValue enumValue = new SubgraphType.EnumValue(value.getName());
				enumValue.description(text(value.getDescription()));
				value.getDirectives().forEach((d) -> AppliedReader.read(this.link, d, enumValue.applied()));
				type.values().put(value.getName(), enumValue);
			});
		}
		else if (definition instanceof InputObjectTypeDefinition input) {
			input.getInputValueDefinitions()
				.forEach((field) -> type.inputFields().put(field.getName(), readInputValue(field)));
		}
	}

	private void readField(SubgraphType type, graphql.language.FieldDefinition definition, boolean shareable,
			boolean external) {
		if (type.name().equals("Query") && PLUMBING_FIELDS.contains(definition.getName())) {
			return;
		}
		SubgraphField field = new SubgraphField(definition.getName(),
				TypeRef.of(definition.getType()).rename(this::rename));
		field.description(text(definition.getDescription()));
		field.shareable(shareable);
		field.external(external);
		definition.getInputValueDefinitions()
			.forEach((arg) -> field.arguments().put(arg.getName(), readInputValue(arg)));
		readFieldDirectives(field, definition);
		type.fields().put(field.name(), field);
	}

	private void readFieldDirectives(SubgraphField field, DirectivesContainer<?> definition) {
		for (Directive directive : definition.getDirectives()) {
			switch (this.link.canonical(directive.getName())) {
				case "external" -> field.external(true);
				case "shareable" -> field.shareable(true);
				case "requires" -> field.requires(FederationLink.stringArgument(directive, "fields"));
				case "provides" -> field.provides(FederationLink.stringArgument(directive, "fields"));
				case "override" -> readOverride(field, directive);
				default -> AppliedReader.read(this.link, directive, field.applied());
			}
		}
	}

	private void rejectContexts(String coordinate, graphql.language.FieldDefinition definition) {
		boolean fromContext = definition.getInputValueDefinitions()
			.stream()
			.flatMap((arg) -> arg.getDirectives().stream())
			.anyMatch((d) -> this.link.canonical(d.getName()).equals("fromContext"));
		if (fromContext) {
			this.problems.add(Problem.of("UNSUPPORTED_FEATURE", this.name, coordinate, "@fromContext on \"" + coordinate
					+ "\" needs join v0.5 contextArguments, which this composition does not emit"));
		}
	}

	private void readOverride(SubgraphField field, Directive directive) {
		field.overrideFrom(FederationLink.stringArgument(directive, "from"));
		if (directive.getArgument("label") != null) {
			// Progressive override needs join v0.4 (overrideLabel); composing it as a
			// plain override would
			// move all traffic at once, so refuse rather than change its meaning.
			this.problems.add(Problem.of("UNSUPPORTED_FEATURE", this.name, field.name(),
					"Progressive @override (label: ...) on field \"" + field.name()
							+ "\" is not supported by this composition"));
		}
	}

	private InputValue readInputValue(InputValueDefinition definition) {
		InputValue value = new InputValue(definition.getName(), TypeRef.of(definition.getType()));
		value.description(text(definition.getDescription()));
		if (definition.getDefaultValue() != null) {
			value.defaultValue(AstPrinter.printAst(definition.getDefaultValue()));
		}
		definition.getDirectives().forEach((d) -> AppliedReader.read(this.link, d, value.applied()));
		return value;
	}

	private static @Nullable String text(@Nullable Description description) {
		return (description != null) ? description.getContent() : null;
	}

	private void checkTypeReferences(Subgraph subgraph) {
		for (SubgraphType type : subgraph.types().values()) {
			type.fields().values().forEach((field) -> {
				checkReference(subgraph, type.name() + "." + field.name(), field.type());
				field.arguments().values().forEach((arg) -> checkReference(subgraph, type.name(), arg.type()));
			});
			type.inputFields().values().forEach((field) -> checkReference(subgraph, type.name(), field.type()));
			type.members().forEach((member) -> checkReference(subgraph, type.name(), new TypeRef.Named(member)));
			type.interfaces().forEach((itf) -> checkReference(subgraph, type.name(), new TypeRef.Named(itf)));
		}
	}

	private void checkReference(Subgraph subgraph, String coordinate, TypeRef type) {
		String base = type.baseName();
		if (!BUILT_IN_SCALARS.contains(base) && !subgraph.types().containsKey(base)) {
			this.problems.add(Problem.of("INVALID_GRAPHQL", this.name, coordinate, "Unknown type \"" + base + "\"."));
		}
	}

}
