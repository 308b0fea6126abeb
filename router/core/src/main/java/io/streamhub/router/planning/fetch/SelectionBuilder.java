package io.streamhub.router.planning.fetch;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Directive;
import io.streamhub.router.planning.normalize.NormalizedField;
import org.jspecify.annotations.Nullable;

/**
 * The selection set of one subgraph fetch under construction; identical selections are
 * merged.
 */
final class SelectionBuilder {

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	/**
	 * Adds a leaf field.
	 * @param field the field
	 */
	void leaf(NormalizedField field) {
		add(field, false);
	}

	/**
	 * Adds a composite field.
	 * @param field the field
	 * @return the field's selection set
	 */
	SelectionBuilder composite(NormalizedField field) {
		return add(field, true);
	}

	private SelectionBuilder add(NormalizedField field, boolean composite) {
		String arguments = printArguments(field);
		String directives = printDirectives(field);
		String key = field.responseKey() + ":" + field.name() + arguments + directives;
		Entry entry = this.entries.computeIfAbsent(key, (k) -> new Entry(field.responseKey(), field.name(), arguments,
				directives, composite ? new SelectionBuilder() : null, null));
		return (entry.child != null) ? entry.child : this;
	}

	/**
	 * Adds {@code __typename}.
	 */
	void typename() {
		this.entries.computeIfAbsent("__typename", (k) -> new Entry("__typename", "__typename", "", "", null, null));
	}

	/**
	 * Adds (or finds) an inline fragment.
	 * @param typeCondition the type condition
	 * @return the fragment's selection set
	 */
	SelectionBuilder fragment(String typeCondition) {
		return this.entries.computeIfAbsent("... on " + typeCondition,
				(k) -> new Entry("", "", "", "", new SelectionBuilder(), typeCondition)).child;
	}

	boolean isEmpty() {
		return this.entries.isEmpty();
	}

	void print(StringBuilder out) {
		out.append("{");
		for (Entry entry : this.entries.values()) {
			if (entry.typeCondition != null && entry.child.isEmpty()) {
				// every field of that type is fetched elsewhere: an empty fragment is not
				// valid GraphQL
				continue;
			}
			out.append(" ");
			entry.print(out);
		}
		out.append(" }");
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder();
		print(out);
		return out.toString();
	}

	private static String printArguments(NormalizedField field) {
		if (field.arguments().isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder("(");
		for (Argument argument : field.arguments()) {
			if (out.length() > 1) {
				out.append(", ");
			}
			out.append(AstPrinter.printAstCompact(argument));
		}
		return out.append(")").toString();
	}

	private static String printDirectives(NormalizedField field) {
		StringBuilder out = new StringBuilder();
		for (Directive directive : field.conditions()) {
			out.append(" ").append(AstPrinter.printAstCompact(directive));
		}
		return out.toString();
	}

	private static final class Entry {

		private final String responseKey;

		private final String name;

		private final String arguments;

		private final String directives;

		private final @Nullable SelectionBuilder child;

		private final @Nullable String typeCondition;

		Entry(String responseKey, String name, String arguments, String directives, @Nullable SelectionBuilder child,
				@Nullable String typeCondition) {
			this.responseKey = responseKey;
			this.name = name;
			this.arguments = arguments;
			this.directives = directives;
			this.child = child;
			this.typeCondition = typeCondition;
		}

		void print(StringBuilder out) {
			if (this.typeCondition != null) {
				out.append("... on ").append(this.typeCondition).append(" ");
				this.child.print(out);
				return;
			}
			if (!this.responseKey.equals(this.name)) {
				out.append(this.responseKey).append(": ");
			}
			out.append(this.name).append(this.arguments).append(this.directives);
			if (this.child != null && this.child.isEmpty()) {
				out.append(" { __typename }");
			}
			else if (this.child != null) {
				out.append(" ");
				this.child.print(out);
			}
		}

	}

}
