package io.streamhub.router.composition.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * One element as each subgraph has it, indexed like the subgraphs; {@code present[i]}
 * says whether the subgraph defines the parent type, {@code element(i)} whether it
 * defines the element itself.
 *
 * @param <T> the element type
 */
final class Sources<T> {

	private final List<@Nullable T> elements;

	private final boolean[] parentPresent;

	Sources(int size) {
		this.elements = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			this.elements.add(null);
		}
		this.parentPresent = new boolean[size];
	}

	int size() {
		return this.elements.size();
	}

	void put(int index, @Nullable T element) {
		this.parentPresent[index] = true;
		this.elements.set(index, element);
	}

	@Nullable T element(int index) {
		return this.elements.get(index);
	}

	boolean parentPresent(int index) {
		return this.parentPresent[index];
	}

	List<T> present() {
		List<T> present = new ArrayList<>();
		this.elements.stream().filter((element) -> element != null).forEach(present::add);
		return present;
	}

	boolean anyMissing() {
		for (int i = 0; i < size(); i++) {
			if (this.parentPresent[i] && this.elements.get(i) == null) {
				return true;
			}
		}
		return false;
	}

	<R> Sources<R> map(Function<T, @Nullable R> mapping) {
		Sources<R> mapped = new Sources<>(size());
		for (int i = 0; i < size(); i++) {
			if (this.parentPresent[i]) {
				T element = this.elements.get(i);
				mapped.put(i, (element != null) ? mapping.apply(element) : null);
			}
		}
		return mapped;
	}

	Sources<T> filter(Predicate<T> keep) {
		return map((element) -> keep.test(element) ? element : null);
	}

}
