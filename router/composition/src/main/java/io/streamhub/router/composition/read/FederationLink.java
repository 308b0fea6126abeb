package io.streamhub.router.composition.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a subgraph's {@code @link} to the federation spec says: whether it is Federation
 * 2, and under which local names the federation directives are known (imports, {@code as}
 * renames, {@code federation__} prefixes).
 */
final class FederationLink {

	static final List<String> FEDERATION_DIRECTIVES = List.of("key", "external", "requires", "provides", "shareable",
			"override", "inaccessible", "tag", "interfaceObject", "extends", "composeDirective", "authenticated",
			"requiresScopes", "policy", "context", "fromContext", "cost", "listSize");

	private static final String FEDERATION_SPEC = "specs.apollo.dev/federation/v";

	private final boolean fed2;

	private final Map<String, String> canonicalByLocal;

	private FederationLink(boolean fed2, Map<String, String> canonicalByLocal) {
		this.fed2 = fed2;
		this.canonicalByLocal = canonicalByLocal;
	}

	static FederationLink from(List<Directive> schemaDirectives) {
		for (Directive directive : schemaDirectives) {
			String url = stringArgument(directive, "url");
			if (directive.getName().equals("link") && url != null && url.contains(FEDERATION_SPEC)) {
				return fed2(directive);
			}
		}
		Map<String, String> fed1 = new HashMap<>();
		FEDERATION_DIRECTIVES.forEach((name) -> fed1.put(name, name));
		return new FederationLink(false, fed1);
	}

	private static FederationLink fed2(Directive link) {
		String namespace = stringArgument(link, "as");
		String prefix = ((namespace != null) ? namespace : "federation") + "__";
		Map<String, String> byLocal = new HashMap<>();
		FEDERATION_DIRECTIVES.forEach((name) -> byLocal.put(prefix + name, name));
		if (link.getArgument("import") != null && link.getArgument("import").getValue() instanceof ArrayValue imports) {
			imports.getValues().forEach((value) -> addImport(byLocal, prefix, value));
		}
		return new FederationLink(true, byLocal);
	}

	private static void addImport(Map<String, String> byLocal, String prefix, Value<?> value) {
		// An imported directive is only known under its imported name.
		if (value instanceof StringValue name && name.getValue().startsWith("@")) {
			String directive = name.getValue().substring(1);
			byLocal.remove(prefix + directive);
			byLocal.put(directive, directive);
			return;
		}
		if (value instanceof ObjectValue object) {
			String name = objectString(object, "name");
			String as = objectString(object, "as");
			if (name != null && name.startsWith("@")) {
				byLocal.remove(prefix + name.substring(1));
				byLocal.put((as != null) ? as.substring(1) : name.substring(1), name.substring(1));
			}
		}
	}

	private static @Nullable String objectString(ObjectValue object, String field) {
		for (ObjectField objectField : object.getObjectFields()) {
			if (objectField.getName().equals(field) && objectField.getValue() instanceof StringValue string) {
				return string.getValue();
			}
		}
		return null;
	}

	static @Nullable String stringArgument(Directive directive, String name) {
		if (directive.getArgument(name) != null
				&& directive.getArgument(name).getValue() instanceof StringValue value) {
			return value.getValue();
		}
		return null;
	}

	boolean fed2() {
		return this.fed2;
	}

	/**
	 * Whether a directive name designates a federation directive in this subgraph.
	 * @param localName the name used in the subgraph
	 * @return true when imported (or prefixed with the link namespace)
	 */
	boolean knows(String localName) {
		return this.canonicalByLocal.containsKey(localName);
	}

	/**
	 * The canonical federation name of a directive as applied in the subgraph, or its own
	 * name when it is not a federation directive ({@code deprecated}, custom ones).
	 * @param localName the name used in the subgraph
	 * @return the canonical name
	 */
	String canonical(String localName) {
		return this.canonicalByLocal.getOrDefault(localName, localName);
	}

}
