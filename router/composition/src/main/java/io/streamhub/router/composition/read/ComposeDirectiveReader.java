package io.streamhub.router.composition.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import io.streamhub.router.composition.model.ComposedDirective;
import io.streamhub.router.composition.model.LinkedFeature;
import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.Subgraph;
import org.jspecify.annotations.Nullable;

/**
 * Reads a subgraph's custom {@code @link}s and its {@code @composeDirective}s: a composed
 * directive must be defined in the subgraph and come from a linked feature (imported, or
 * under the feature's namespace); federation directives cannot be composed (those
 * composed by default are accepted and ignored).
 */
final class ComposeDirectiveReader {

	private static final String CODE = "DIRECTIVE_COMPOSITION_ERROR";

	private static final Pattern VERSIONED_URL = Pattern.compile("^(.*/([^/]+))/v(\\d+)\\.(\\d+)/?$");

	private static final Set<String> BUILT_IN_SPECS = Set.of("specs.apollo.dev/federation", "specs.apollo.dev/link",
			"specs.apollo.dev/join");

	private static final Set<String> COMPOSED_BY_DEFAULT = Set.of("tag", "inaccessible", "authenticated",
			"requiresScopes", "policy", "context");

	private final Subgraph subgraph;

	private final FederationLink link;

	private final List<Problem> problems;

	private final List<Import> imports = new ArrayList<>();

	private ComposeDirectiveReader(Subgraph subgraph, FederationLink link, List<Problem> problems) {
		this.subgraph = subgraph;
		this.link = link;
		this.problems = problems;
	}

	static void read(Subgraph subgraph, List<Directive> schemaDirectives, FederationLink link, List<Problem> problems) {
		ComposeDirectiveReader reader = new ComposeDirectiveReader(subgraph, link, problems);
		schemaDirectives.stream().filter((directive) -> directive.getName().equals("link")).forEach(reader::readLink);
		schemaDirectives.stream()
			.filter((directive) -> link.canonical(directive.getName()).equals("composeDirective"))
			.forEach(reader::readComposeDirective);
	}

	private void readLink(Directive directive) {
		String url = FederationLink.stringArgument(directive, "url");
		Matcher matcher = (url != null) ? VERSIONED_URL.matcher(url) : null;
		if (matcher == null || !matcher.matches()
				|| BUILT_IN_SPECS.stream().anyMatch((spec) -> matcher.group(1).endsWith(spec))) {
			return;
		}
		LinkedFeature feature = new LinkedFeature(matcher.group(1), matcher.group(2),
				Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)), url);
		this.subgraph.linkedFeatures().add(feature);
		String namespace = FederationLink.stringArgument(directive, "as");
		this.imports.add(new Import(feature, null, ((namespace != null) ? namespace : feature.name()) + "__"));
		if (directive.getArgument("import") != null
				&& directive.getArgument("import").getValue() instanceof ArrayValue values) {
			values.getValues().forEach((value) -> addImport(feature, value));
		}
	}

	private void addImport(LinkedFeature feature, Value<?> value) {
		if (value instanceof StringValue name && name.getValue().startsWith("@")) {
			String directive = name.getValue().substring(1);
			this.imports.add(new Import(feature, directive, directive));
		}
		else if (value instanceof ObjectValue object) {
			String name = string(object, "name");
			String as = string(object, "as");
			if (name != null && name.startsWith("@")) {
				this.imports.add(new Import(feature, name.substring(1),
						(as != null && as.startsWith("@")) ? as.substring(1) : name.substring(1)));
			}
		}
	}

	private void readComposeDirective(Directive composeDirective) {
		String argument = FederationLink.stringArgument(composeDirective, "name");
		if (argument == null || argument.isEmpty()) {
			report("Argument to @composeDirective in subgraph \"" + this.subgraph.name()
					+ "\" cannot be NULL or an empty String");
			return;
		}
		if (!argument.startsWith("@")) {
			report("Argument to @composeDirective \"" + argument + "\" in subgraph \"" + this.subgraph.name()
					+ "\" must have a leading \"@\"");
			return;
		}
		String name = argument.substring(1);
		if (this.link.knows(name)) {
			if (!COMPOSED_BY_DEFAULT.contains(this.link.canonical(name))) {
				report("Composing federation directive \"" + argument + "\" in subgraph \"" + this.subgraph.name()
						+ "\" is not supported");
			}
			return;
		}
		if (!this.subgraph.directives().containsKey(name)) {
			report("Could not find matching directive definition for argument to @composeDirective \"" + argument
					+ "\" in subgraph \"" + this.subgraph.name() + "\".");
			return;
		}
		ComposedDirective composed = resolve(name);
		if (composed == null) {
			report("Directive \"" + argument + "\" in subgraph \"" + this.subgraph.name()
					+ "\" cannot be composed because it is not a member of a core feature");
			return;
		}
		this.subgraph.composedDirectives().add(composed);
	}

	private @Nullable ComposedDirective resolve(String name) {
		for (Import candidate : this.imports) {
			if (candidate.nameInFeature() != null && candidate.localName().equals(name)) {
				return new ComposedDirective(name, candidate.nameInFeature(), candidate.feature());
			}
		}
		for (Import candidate : this.imports) {
			if (candidate.nameInFeature() == null && name.startsWith(candidate.localName())) {
				return new ComposedDirective(name, name.substring(candidate.localName().length()), candidate.feature());
			}
		}
		return null;
	}

	private void report(String message) {
		this.problems.add(Problem.of(CODE, this.subgraph.name(), null, message));
	}

	private static @Nullable String string(ObjectValue object, String field) {
		for (ObjectField objectField : object.getObjectFields()) {
			if (objectField.getName().equals(field) && objectField.getValue() instanceof StringValue value) {
				return value.getValue();
			}
		}
		return null;
	}

	/**
	 * A name a link makes available: an imported directive (local name → name in the
	 * feature) or, with no name in the feature, the namespace prefix.
	 */
	private record Import(LinkedFeature feature, @Nullable String nameInFeature, String localName) {

	}

}
