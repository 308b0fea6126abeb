package io.streamhub.router.composition.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the fields a field set ({@code @key}, {@code @requires}, {@code @provides})
 * selects.
 */
public final class FieldSets {

	/**
	 * Parsed field sets: the same few field sets are resolved many times per composition.
	 */
	private static final Map<String, Optional<SelectionSet>> PARSED = new ConcurrentHashMap<>();

	private static final int MAX_CACHED = 10_000;

	private FieldSets() {
	}

	/**
	 * The fields a field set selects, nested selections and inline fragments included.
	 * @param subgraph the subgraph the field set is written in
	 * @param parentType the type the field set applies to
	 * @param fieldSet the field set text
	 * @param unknown called with a description of every selection that does not resolve
	 * @return the selected fields, in selection order
	 */
	public static List<Target> targets(Subgraph subgraph, String parentType, String fieldSet,
			Consumer<String> unknown) {
		SelectionSet selectionSet = parse(fieldSet);
		if (selectionSet == null) {
			unknown.accept("invalid field set syntax \"" + fieldSet + "\"");
			return List.of();
		}
		List<Target> targets = new ArrayList<>();
		collect(subgraph, parentType, selectionSet, targets, unknown);
		return targets;
	}

	private static @Nullable SelectionSet parse(String fieldSet) {
		if (PARSED.size() > MAX_CACHED) {
			PARSED.clear();
		}
		return PARSED.computeIfAbsent(fieldSet, (text) -> Optional.ofNullable(parseUncached(text))).orElse(null);
	}

	private static @Nullable SelectionSet parseUncached(String fieldSet) {
		try {
			Document document = Parser.parse("{" + fieldSet + "}");
			return ((OperationDefinition) document.getDefinitions().get(0)).getSelectionSet();
		}
		catch (InvalidSyntaxException ex) {
			return null;
		}
	}

	private static void collect(Subgraph subgraph, String parentType, SelectionSet selectionSet, List<Target> targets,
			Consumer<String> unknown) {
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof InlineFragment fragment) {
				String on = (fragment.getTypeCondition() != null) ? fragment.getTypeCondition().getName() : parentType;
				collect(subgraph, on, fragment.getSelectionSet(), targets, unknown);
			}
			else if (selection instanceof Field field) {
				collectField(subgraph, parentType, field, targets, unknown);
			}
		}
	}

	private static void collectField(Subgraph subgraph, String parentType, Field field, List<Target> targets,
			Consumer<String> unknown) {
		if (field.getName().equals("__typename")) {
			return;
		}
		SubgraphField definition = subgraph.field(parentType, field.getName());
		if (definition == null) {
			unknown.accept("cannot query field \"" + field.getName() + "\" on type \"" + parentType + "\"");
			return;
		}
		targets.add(new Target(parentType, definition));
		if (field.getSelectionSet() != null) {
			collect(subgraph, definition.type().baseName(), field.getSelectionSet(), targets, unknown);
		}
	}

	/**
	 * A field selected by a field set.
	 *
	 * @param parentType the type declaring the field
	 * @param field the field
	 */
	public record Target(String parentType, SubgraphField field) {

		public String coordinate() {
			return this.parentType + "." + this.field.name();
		}

	}

}
