package io.streamhub.router.composition.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A {@code @listSize} (demand control) application, merged across subgraphs the way
 * Apollo does: largest assumed size, union of slicing arguments and sized fields, and
 * requireOneSlicingArgument only if every subgraph requires it.
 *
 * @param assumedSize the assumed list size
 * @param slicingArguments the arguments that bound the list size
 * @param sizedFields the fields of the returned object the size applies to
 * @param requireOneSlicingArgument whether exactly one slicing argument must be given
 */
public record ListSize(@Nullable Integer assumedSize, @Nullable List<String> slicingArguments,
		@Nullable List<String> sizedFields, @Nullable Boolean requireOneSlicingArgument) {

	public ListSize merge(ListSize other) {
		return new ListSize(max(this.assumedSize, other.assumedSize),
				union(this.slicingArguments, other.slicingArguments), union(this.sizedFields, other.sizedFields),
				and(this.requireOneSlicingArgument, other.requireOneSlicingArgument));
	}

	private static @Nullable Integer max(@Nullable Integer left, @Nullable Integer right) {
		if (left == null || right == null) {
			return (left != null) ? left : right;
		}
		return Math.max(left, right);
	}

	private static @Nullable List<String> union(@Nullable List<String> left, @Nullable List<String> right) {
		if (left == null || right == null) {
			return (left != null) ? left : right;
		}
		Set<String> all = new LinkedHashSet<>(left);
		all.addAll(right);
		return new ArrayList<>(all);
	}

	private static @Nullable Boolean and(@Nullable Boolean left, @Nullable Boolean right) {
		if (left == null || right == null) {
			return (left != null) ? left : right;
		}
		return left && right;
	}

}
