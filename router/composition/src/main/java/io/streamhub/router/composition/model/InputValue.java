package io.streamhub.router.composition.model;

import org.jspecify.annotations.Nullable;

/**
 * An argument or an input object field of a subgraph or of the supergraph.
 */
public final class InputValue {

	private final String name;

	private TypeRef type;

	private @Nullable String description;

	private @Nullable String defaultValue;

	private final Applied applied = new Applied();

	public InputValue(String name, TypeRef type) {
		this.name = name;
		this.type = type;
	}

	public String name() {
		return this.name;
	}

	public TypeRef type() {
		return this.type;
	}

	public void type(TypeRef type) {
		this.type = type;
	}

	public @Nullable String description() {
		return this.description;
	}

	public void description(@Nullable String description) {
		this.description = description;
	}

	/**
	 * The default value printed as GraphQL value literal, or null when there is none.
	 * @return the default value
	 */
	public @Nullable String defaultValue() {
		return this.defaultValue;
	}

	public void defaultValue(@Nullable String defaultValue) {
		this.defaultValue = defaultValue;
	}

	public Applied applied() {
		return this.applied;
	}

	public boolean isRequired() {
		return this.type.isNonNull() && this.defaultValue == null;
	}

}
