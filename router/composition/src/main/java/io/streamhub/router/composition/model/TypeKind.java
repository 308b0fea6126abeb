package io.streamhub.router.composition.model;

/**
 * The kinds of named types that take part in composition.
 */
public enum TypeKind {

	OBJECT("type"), INTERFACE("interface"), UNION("union"), ENUM("enum"), INPUT_OBJECT("input"), SCALAR("scalar");

	private final String keyword;

	TypeKind(String keyword) {
		this.keyword = keyword;
	}

	/**
	 * The SDL keyword that introduces a type of this kind.
	 * @return the keyword
	 */
	public String keyword() {
		return this.keyword;
	}

	public boolean isComposite() {
		return this == OBJECT || this == INTERFACE || this == UNION;
	}

}
