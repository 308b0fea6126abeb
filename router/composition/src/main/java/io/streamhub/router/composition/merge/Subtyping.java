package io.streamhub.router.composition.merge;

import io.streamhub.router.composition.model.Supergraph;
import io.streamhub.router.composition.model.SupergraphType;
import io.streamhub.router.composition.model.TypeRef;

/**
 * Federation's field type subtyping: a non-null type is a subtype of its nullable form,
 * lists propagate, and an object is a subtype of the interfaces it implements and the
 * unions it belongs to (in the supergraph). Lists are never a subtype of their element
 * type.
 */
final class Subtyping {

	private final Supergraph supergraph;

	Subtyping(Supergraph supergraph) {
		this.supergraph = supergraph;
	}

	boolean isStrictSubtype(TypeRef type, TypeRef maybeSubtype) {
		return !type.equals(maybeSubtype) && isSubtypeOrEqual(type, maybeSubtype);
	}

	private boolean isSubtypeOrEqual(TypeRef type, TypeRef sub) {
		if (sub instanceof TypeRef.NonNull nonNullSub) {
			TypeRef target = (type instanceof TypeRef.NonNull nonNull) ? nonNull.of() : type;
			return isSubtypeOrEqual(target, nonNullSub.of());
		}
		if (type instanceof TypeRef.NonNull) {
			return false;
		}
		if (type instanceof TypeRef.ListOf list && sub instanceof TypeRef.ListOf subList) {
			return isSubtypeOrEqual(list.of(), subList.of());
		}
		if (type instanceof TypeRef.ListOf || sub instanceof TypeRef.ListOf) {
			return false;
		}
		return type.equals(sub) || isAbstractOf(type.baseName(), sub.baseName());
	}

	private boolean isAbstractOf(String abstractName, String memberName) {
		SupergraphType abstractType = this.supergraph.types().get(abstractName);
		SupergraphType member = this.supergraph.types().get(memberName);
		if (abstractType == null || member == null) {
			return false;
		}
		return abstractType.members().containsKey(memberName) || member.interfaces().containsKey(abstractName);
	}

}
