package io.streamhub.router.planning.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A selection used to build entity representations from response data: a field (by
 * response name) with its sub-selections, or, when {@code typeCondition} is set, an
 * inline fragment.
 *
 * @param name the field's response name (ignored for fragments)
 * @param typeCondition the fragment's type condition, or {@code null} for a field
 * @param children the sub-selections
 */
public record Selection(String name, @Nullable String typeCondition, List<Selection> children) {

	public Selection {
		children = List.copyOf(children);
	}

	public static Selection field(String name) {
		return new Selection(name, null, List.of());
	}

	public static Selection field(String name, List<Selection> children) {
		return new Selection(name, null, children);
	}

	public static Selection fragment(String typeCondition, List<Selection> children) {
		return new Selection("", typeCondition, children);
	}

	public boolean isFragment() {
		return this.typeCondition != null;
	}

}
