package io.streamhub.router.composition.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.streamhub.router.composition.model.Supergraph;
import io.streamhub.router.composition.model.SupergraphType;
import io.streamhub.router.composition.model.TypeKind;

/**
 * Prints the supergraph SDL in the shape Apollo's composition emits: schema with its
 * links, directive definitions, then every type sorted by name, join__ and link__ types
 * included.
 */
public final class SupergraphPrinter {

	static final String INACCESSIBLE_DEFINITION = "directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION";

	static final String TAG_DEFINITION = "directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | SCHEMA";

	private static final String AUTHENTICATED_DEFINITION = "directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM";

	private static final String REQUIRES_SCOPES_DEFINITION = "directive @requiresScopes(scopes: [[requiresScopes__Scope!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM";

	private static final String POLICY_DEFINITION = "directive @policy(policies: [[policy__Policy!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM";

	private static final String COST_DEFINITION = "directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR";

	private static final String LIST_SIZE_DEFINITION = "directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION";

	private static final List<String> JOIN_DEFINITIONS = List.of(
			"directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE",
			"directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION",
			"directive @join__graph(name: String!, url: String!) on ENUM_VALUE",
			"directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE",
			"directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR",
			"directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION",
			"directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA");

	private static final String LINK_PURPOSE = """
			enum link__Purpose {
			  \"""
			  `SECURITY` features provide metadata necessary to securely resolve fields.
			  \"""
			  SECURITY

			  \"""
			  `EXECUTION` features provide metadata necessary for operation execution.
			  \"""
			  EXECUTION
			}""";

	private SupergraphPrinter() {
	}

	public static String print(Supergraph supergraph) {
		Usage usage = Usage.of(supergraph);
		TypePrinter types = new TypePrinter(supergraph.specName("inaccessible"), supergraph.specName("tag"),
				supergraph.composedDirectives());
		List<String> blocks = new ArrayList<>();
		blocks.add(schema(supergraph, usage));
		blocks.addAll(directiveDefinitions(supergraph, usage, types));
		Map<String, String> typeBlocks = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (SupergraphType type : supergraph.types().values()) {
			typeBlocks.put(type.name(), types.print(type));
		}
		typeBlocks.put("join__FieldSet", "scalar join__FieldSet");
		typeBlocks.put("join__Graph", graphEnum(supergraph));
		typeBlocks.put("link__Import", "scalar link__Import");
		typeBlocks.put("link__Purpose", LINK_PURPOSE);
		if (usage.requiresScopes()) {
			typeBlocks.put("requiresScopes__Scope", "scalar requiresScopes__Scope");
		}
		if (usage.policy()) {
			typeBlocks.put("policy__Policy", "scalar policy__Policy");
		}
		blocks.addAll(typeBlocks.values());
		return String.join("\n\n", blocks);
	}

	private static String schema(Supergraph supergraph, Usage usage) {
		StringBuilder schema = new StringBuilder("schema\n");
		schema.append("  @link(url: \"https://specs.apollo.dev/link/v1.0\")\n");
		schema.append("  @link(url: \"https://specs.apollo.dev/join/v0.3\", for: EXECUTION)\n");
		boolean costLinked = false;
		for (String spec : supergraph.specNames().keySet()) {
			if (!usage.uses(spec)) {
				continue;
			}
			if (spec.equals("cost") || spec.equals("listSize")) {
				if (!costLinked) {
					schema.append("  @link(url: \"https://specs.apollo.dev/cost/v0.1\"")
						.append(usage.listSize() ? ", import: [\"@listSize\"]" : "")
						.append(")\n");
				}
				costLinked = true;
				continue;
			}
			schema.append("  ").append(link(supergraph, spec)).append('\n');
		}
		supergraph.composedLinks().forEach((link) -> schema.append("  ").append(link).append('\n'));
		schema.append("{\n");
		for (String root : List.of("Query", "Mutation", "Subscription")) {
			SupergraphType type = supergraph.types().get(root);
			if (type != null && type.kind() == TypeKind.OBJECT) {
				schema.append("  ").append(root.toLowerCase()).append(": ").append(root).append('\n');
			}
		}
		return schema.append('}').toString();
	}

	private static String link(Supergraph supergraph, String spec) {
		return switch (spec) {
			case "tag" -> "@link(url: \"https://specs.apollo.dev/tag/v0.3\"" + imports(supergraph, "tag") + ")";
			case "inaccessible" -> "@link(url: \"https://specs.apollo.dev/inaccessible/v0.2\", for: SECURITY"
					+ imports(supergraph, "inaccessible") + ")";
			default -> "@link(url: \"https://specs.apollo.dev/" + spec + "/v0.1\", for: SECURITY)";
		};
	}

	private static String imports(Supergraph supergraph, String canonical) {
		String name = supergraph.specName(canonical);
		return name.equals(canonical) ? "" : ", import: [{name: \"@" + canonical + "\", as: \"@" + name + "\"}]";
	}

	private static List<String> directiveDefinitions(Supergraph supergraph, Usage usage, TypePrinter types) {
		List<String> definitions = new ArrayList<>(JOIN_DEFINITIONS);
		supergraph.directives().values().forEach((directive) -> definitions.add(types.directive(directive)));
		if (usage.inaccessible()) {
			definitions
				.add(INACCESSIBLE_DEFINITION.replace("@inaccessible", "@" + supergraph.specName("inaccessible")));
		}
		if (usage.authenticated()) {
			definitions.add(AUTHENTICATED_DEFINITION);
		}
		if (usage.requiresScopes()) {
			definitions.add(REQUIRES_SCOPES_DEFINITION);
		}
		if (usage.policy()) {
			definitions.add(POLICY_DEFINITION);
		}
		if (usage.cost() || usage.listSize()) {
			definitions.add(COST_DEFINITION);
		}
		if (usage.cost() || usage.listSize()) {
			// Apollo defines both directives of the cost spec once either is used;
			// @listSize keeps the
			// spec's namespace unless subgraphs use it.
			definitions.add(usage.listSize() ? LIST_SIZE_DEFINITION
					: LIST_SIZE_DEFINITION.replace("@listSize", "@cost__listSize"));
		}
		if (usage.tag()) {
			definitions.add(TAG_DEFINITION.replace("@tag", "@" + supergraph.specName("tag")));
		}
		definitions.sort(Comparator.comparing((definition) -> definition.substring(definition.indexOf('@'))));
		return definitions;
	}

	private static String graphEnum(Supergraph supergraph) {
		StringBuilder block = new StringBuilder("enum join__Graph {\n");
		for (Supergraph.Graph graph : supergraph.graphs()) {
			block.append("  ")
				.append(graph.enumName())
				.append(" @join__graph(name: ")
				.append(Strings.quote(graph.name()))
				.append(", url: ")
				.append(Strings.quote(graph.url()))
				.append(")\n");
		}
		return block.append('}').toString();
	}

	/**
	 * Which optional specs the supergraph uses.
	 *
	 * @param inaccessible whether some element is @inaccessible
	 * @param tag whether some element is @tag-ged
	 * @param authenticated whether some element is @authenticated
	 * @param requiresScopes whether some element has @requiresScopes
	 * @param policy whether some element has @policy
	 * @param cost whether some element has @cost
	 * @param listSize whether some element has @listSize
	 */
	record Usage(boolean inaccessible, boolean tag, boolean authenticated, boolean requiresScopes, boolean policy,
			boolean cost, boolean listSize) {

		boolean uses(String spec) {
			return switch (spec) {
				case "inaccessible" -> this.inaccessible;
				case "tag" -> this.tag;
				case "authenticated" -> this.authenticated;
				case "requiresScopes" -> this.requiresScopes;
				case "policy" -> this.policy;
				default -> this.cost || this.listSize;
			};
		}

		static Usage of(Supergraph supergraph) {
			boolean[] found = new boolean[7];
			for (SupergraphType type : supergraph.types().values()) {
				ElementVisitor.visit(type, (applied) -> {
					found[0] |= applied.inaccessible();
					found[1] |= !applied.tags().isEmpty();
					found[2] |= applied.authenticated();
					found[3] |= !applied.requiresScopes().isEmpty();
					found[4] |= !applied.policies().isEmpty();
					found[5] |= applied.costWeight() != null;
					found[6] |= applied.listSize() != null;
				});
			}
			return new Usage(found[0], found[1], found[2], found[3], found[4], found[5], found[6]);
		}

	}

}
