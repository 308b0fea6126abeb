package io.streamhub.router.supergraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import io.streamhub.router.schema.ApiSchemaBuilder;
import io.streamhub.router.schema.ApiSchemaException;
import org.jspecify.annotations.Nullable;

/**
 * An immutable Federation 2 supergraph: subgraphs, types with their join metadata, and
 * the API schema. Thread-safe; build once per supergraph SDL with {@link #parse(String)}.
 */
public final class Supergraph {

	private final String sdl;

	private final String joinVersion;

	private final List<SubgraphInfo> subgraphs;

	private final Map<String, SubgraphInfo> subgraphsByName;

	private final Map<String, TypeInfo> types;

	private final Map<String, List<String>> possibleTypes;

	private final String queryType;

	private final @Nullable String mutationType;

	private final @Nullable String subscriptionType;

	private final GraphQLSchema apiSchema;

	private final GraphQLSchema supergraphSchema;

	private final String apiSchemaSdl;

	private Supergraph(String sdl, Document document) {
		this.sdl = sdl;
		this.joinVersion = LinkValidator.validate(document);
		SupergraphReader reader = new SupergraphReader(document);
		this.subgraphs = reader.readGraphs();
		Map<String, SubgraphInfo> byName = new LinkedHashMap<>();
		this.subgraphs.forEach((info) -> byName.put(info.name(), info));
		this.subgraphsByName = Collections.unmodifiableMap(byName);
		this.types = Collections.unmodifiableMap(reader.readTypes());
		this.possibleTypes = computePossibleTypes(this.types);
		this.queryType = rootTypeName(document, "query", "Query");
		this.mutationType = optionalRootTypeName(document, "mutation", "Mutation");
		this.subscriptionType = optionalRootTypeName(document, "subscription", "Subscription");
		if (!this.types.containsKey(this.queryType)) {
			throw new SupergraphException("Malformed supergraph: no query type " + this.queryType);
		}
		try {
			this.apiSchema = ApiSchemaBuilder.build(document);
			this.supergraphSchema = ApiSchemaBuilder.buildWithInaccessible(document);
		}
		catch (ApiSchemaException ex) {
			throw new SupergraphException(ex.getMessage(), ex);
		}
		this.apiSchemaSdl = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
			.includeDirectives(false)
			.includeSchemaDefinition(false)
			.includeScalarTypes(true)).print(this.apiSchema);
	}

	/**
	 * Reads a supergraph SDL.
	 * @param sdl the supergraph SDL (join v0.2 to v0.5)
	 * @return the supergraph
	 * @throws SupergraphException when the SDL is malformed or links an unsupported
	 * feature for execution or security
	 */
	public static Supergraph parse(String sdl) {
		if (sdl == null || sdl.isBlank()) {
			throw new SupergraphException("Empty supergraph SDL");
		}
		Document document;
		try {
			ParserOptions options = ParserOptions.getDefaultSdlParserOptions()
				.transform((builder) -> builder.maxTokens(Integer.MAX_VALUE)
					.maxCharacters(Integer.MAX_VALUE)
					.maxWhitespaceTokens(Integer.MAX_VALUE));
			document = Parser.parse(graphql.parser.ParserEnvironment.newParserEnvironment()
				.document(sdl)
				.parserOptions(options)
				.build());
		}
		catch (InvalidSyntaxException ex) {
			throw new SupergraphException("Supergraph SDL is not valid GraphQL: " + ex.getMessage(), ex);
		}
		return new Supergraph(sdl, document);
	}

	private static String rootTypeName(Document document, String operation, String defaultName) {
		String name = optionalRootTypeName(document, operation, defaultName);
		return (name != null) ? name : defaultName;
	}

	private static @Nullable String optionalRootTypeName(Document document, String operation, String defaultName) {
		for (SchemaDefinition schema : document.getDefinitionsOfType(SchemaDefinition.class)) {
			for (OperationTypeDefinition definition : schema.getOperationTypeDefinitions()) {
				if (definition.getName().equals(operation)) {
					return definition.getTypeName().getName();
				}
			}
		}
		boolean exists = document.getDefinitions()
			.stream()
			.anyMatch((d) -> d instanceof graphql.language.ObjectTypeDefinition type
					&& type.getName().equals(defaultName));
		return exists ? defaultName : null;
	}

	private static Map<String, List<String>> computePossibleTypes(Map<String, TypeInfo> types) {
		Map<String, List<String>> possible = new LinkedHashMap<>();
		for (TypeInfo type : types.values()) {
			if (type.kind() == TypeKind.OBJECT) {
				possible.computeIfAbsent(type.name(), (key) -> new ArrayList<>()).add(type.name());
				type.interfaces()
					.forEach((name) -> possible.computeIfAbsent(name, (k) -> new ArrayList<>()).add(type.name()));
			}
			if (type.kind() == TypeKind.UNION) {
				possible.computeIfAbsent(type.name(), (key) -> new ArrayList<>()).addAll(type.members());
			}
		}
		possible.replaceAll((key, value) -> List.copyOf(value));
		return Collections.unmodifiableMap(possible);
	}

	public String sdl() {
		return this.sdl;
	}

	/**
	 * The join spec version linked by the supergraph, e.g. {@code "0.3"}.
	 * @return the version
	 */
	public String joinVersion() {
		return this.joinVersion;
	}

	public List<SubgraphInfo> subgraphs() {
		return this.subgraphs;
	}

	public Optional<SubgraphInfo> subgraph(String name) {
		return Optional.ofNullable(this.subgraphsByName.get(name));
	}

	public Map<String, TypeInfo> types() {
		return this.types;
	}

	public @Nullable TypeInfo type(String name) {
		return this.types.get(name);
	}

	/**
	 * The object types an abstract (or object) type can be at runtime, supergraph-wide.
	 * @param typeName the type
	 * @return the object type names
	 */
	public List<String> possibleTypes(String typeName) {
		return this.possibleTypes.getOrDefault(typeName, List.of());
	}

	public String queryType() {
		return this.queryType;
	}

	public @Nullable String mutationType() {
		return this.mutationType;
	}

	public @Nullable String subscriptionType() {
		return this.subscriptionType;
	}

	/**
	 * The public schema clients see: no join/link machinery, no {@code @inaccessible}
	 * elements.
	 * @return the API schema
	 */
	public GraphQLSchema apiSchema() {
		return this.apiSchema;
	}

	/**
	 * The supergraph's types including {@code @inaccessible} ones (no federation
	 * machinery): used to resolve key and {@code @requires} field sets, never exposed to
	 * clients.
	 * @return the schema
	 */
	public GraphQLSchema supergraphSchema() {
		return this.supergraphSchema;
	}

	public String apiSchemaSdl() {
		return this.apiSchemaSdl;
	}

}
