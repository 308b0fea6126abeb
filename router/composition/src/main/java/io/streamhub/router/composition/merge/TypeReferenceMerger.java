package io.streamhub.router.composition.merge;

import java.util.List;

import io.streamhub.router.composition.model.TypeRef;
import org.jspecify.annotations.Nullable;

/**
 * Merges the types one element has across subgraphs: output positions take the most
 * general type (nullable wins), input positions the most specific one (non-null wins).
 */
final class TypeReferenceMerger {

	private final Subtyping subtyping;

	TypeReferenceMerger(Subtyping subtyping) {
		this.subtyping = subtyping;
	}

	Subtyping subtyping() {
		return this.subtyping;
	}

	Result merge(List<TypeRef> sources, boolean inputPosition) {
		TypeRef merged = null;
		boolean subtypes = false;
		boolean incompatible = false;
		for (TypeRef source : sources) {
			if (merged == null || merged.equals(source)) {
				merged = source;
			}
			else if (this.subtyping.isStrictSubtype(merged, source)) {
				subtypes = true;
				merged = inputPosition ? source : merged;
			}
			else if (this.subtyping.isStrictSubtype(source, merged)) {
				subtypes = true;
				merged = inputPosition ? merged : source;
			}
			else {
				incompatible = true;
			}
		}
		return new Result(merged, !subtypes && !incompatible, incompatible);
	}

	/**
	 * The merged type.
	 *
	 * @param type the supergraph type (null only when there were no sources)
	 * @param allEqual whether every subgraph uses the same type
	 * @param incompatible whether some types are not subtypes of each other
	 */
	record Result(@Nullable TypeRef type, boolean allEqual, boolean incompatible) {

	}

}
