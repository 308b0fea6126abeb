package io.streamhub.router.composition.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.streamhub.router.composition.model.ComposedDirective;
import io.streamhub.router.composition.model.DirectiveDef;
import io.streamhub.router.composition.model.LinkedFeature;
import io.streamhub.router.composition.model.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Carries the directives subgraphs compose with {@code @composeDirective} into the
 * supergraph: one {@code @link} per feature at its latest version among the subgraphs
 * that compose from it (major versions must agree), the definition from a subgraph
 * linking that version, and (when printing) their applications. A name must refer to the
 * same directive of the same feature everywhere it is composed.
 */
final class ComposedDirectiveMerger {

	private static final String CODE = "DIRECTIVE_COMPOSITION_ERROR";

	private final MergeContext context;

	/** name → (subgraph index, composed directive), in subgraph order. */
	private final Map<String, List<Item>> byName = new LinkedHashMap<>();

	private ComposedDirectiveMerger(MergeContext context) {
		this.context = context;
	}

	static void merge(MergeContext context) {
		new ComposedDirectiveMerger(context).run();
	}

	private void run() {
		for (int i = 0; i < this.context.size(); i++) {
			for (ComposedDirective directive : this.context.subgraph(i).composedDirectives()) {
				this.byName.computeIfAbsent(directive.name(), (name) -> new ArrayList<>()).add(new Item(i, directive));
			}
		}
		Map<String, List<String>> importsByIdentity = new LinkedHashMap<>();
		Map<String, LinkedFeature> latestByIdentity = new LinkedHashMap<>();
		for (Map.Entry<String, List<Item>> entry : this.byName.entrySet()) {
			List<Item> items = entry.getValue();
			if (!consistent(entry.getKey(), items)) {
				continue;
			}
			String identity = items.get(0).directive().feature().identity();
			LinkedFeature latest = latestByIdentity.computeIfAbsent(identity, this::latest);
			if (latest == null) {
				continue;
			}
			DirectiveDef definition = definition(entry.getKey(), latest);
			if (definition == null) {
				continue;
			}
			this.context.supergraph().directives().put(entry.getKey(), definition);
			this.context.supergraph().composedDirectives().put(entry.getKey(), definition.repeatable());
			ComposedDirective first = items.get(0).directive();
			importsByIdentity.computeIfAbsent(identity, (key) -> new ArrayList<>())
				.add(first.name().equals(first.nameInFeature()) ? "\"@" + first.name() + "\""
						: "{name: \"@" + first.nameInFeature() + "\", as: \"@" + first.name() + "\"}");
		}
		importsByIdentity.forEach((identity, imports) -> this.context.supergraph()
			.composedLinks()
			.add("@link(url: \"" + latestByIdentity.get(identity).url() + "\", import: ["
					+ imports.stream().collect(Collectors.joining(", ")) + "])"));
	}

	private boolean consistent(String name, List<Item> items) {
		ComposedDirective first = items.get(0).directive();
		if (items.stream().anyMatch((item) -> !item.directive().nameInFeature().equals(first.nameInFeature()))) {
			report("Composed directive \"@" + name + "\" does not refer to the same directive in every subgraph");
			return false;
		}
		if (items.stream()
			.anyMatch((item) -> !item.directive().feature().identity().equals(first.feature().identity()))) {
			report("Composed directive \"@" + name + "\" is not linked by the same core feature in every subgraph");
			return false;
		}
		return true;
	}

	/**
	 * The latest version of a feature among the subgraphs composing from it; null (and an
	 * error) when their major versions differ.
	 */
	private @Nullable LinkedFeature latest(String identity) {
		@Nullable LinkedFeature latest = null;
		for (int i = 0; i < this.context.size(); i++) {
			if (!composesFrom(i, identity)) {
				continue;
			}
			for (LinkedFeature feature : this.context.subgraph(i).linkedFeatures()) {
				if (!feature.identity().equals(identity)) {
					continue;
				}
				if (latest != null && latest.major() != feature.major()) {
					report("Core feature \"" + identity
							+ "\" requested to be merged has major version mismatch across subgraphs");
					return null;
				}
				if (latest == null || feature.minor() >= latest.minor()) {
					latest = feature;
				}
			}
		}
		return latest;
	}

	private boolean composesFrom(int index, String identity) {
		return this.context.subgraph(index)
			.composedDirectives()
			.stream()
			.anyMatch((directive) -> directive.feature().identity().equals(identity));
	}

	/**
	 * The definition from the last subgraph (by name) that links the latest version and
	 * defines the directive.
	 */
	private @Nullable DirectiveDef definition(String name, LinkedFeature latest) {
		for (int i = this.context.size() - 1; i >= 0; i--) {
			boolean linksLatest = this.context.subgraph(i)
				.linkedFeatures()
				.stream()
				.anyMatch((feature) -> feature.identity().equals(latest.identity()) && feature.major() == latest.major()
						&& feature.minor() == latest.minor());
			DirectiveDef definition = this.context.subgraph(i).directives().get(name);
			if (linksLatest && definition != null) {
				return definition;
			}
		}
		report("Core feature \"" + latest.url() + "\" does not have a directive definition for \"@" + name + "\"");
		return null;
	}

	private void report(String message) {
		this.context.report(Problem.of(CODE, null, null, message));
	}

	private record Item(int subgraph, ComposedDirective directive) {

	}

}
