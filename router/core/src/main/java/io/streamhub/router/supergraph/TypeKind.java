package io.streamhub.router.supergraph;

/**
 * Kinds of named types in the supergraph.
 */
public enum TypeKind {

	OBJECT, INTERFACE, UNION, ENUM, INPUT_OBJECT, SCALAR;

	public boolean isComposite() {
		return this == OBJECT || this == INTERFACE || this == UNION;
	}

	public boolean isAbstract() {
		return this == INTERFACE || this == UNION;
	}

}
