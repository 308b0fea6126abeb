package io.streamhub.router.composition.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A field of a subgraph object or interface type, with its federation directives.
 */
public final class SubgraphField {

	private final String name;

	private TypeRef type;

	private @Nullable String description;

	private final Map<String, InputValue> arguments = new LinkedHashMap<>();

	private final Applied applied = new Applied();

	private boolean external;

	private boolean shareable;

	private @Nullable String requires;

	private @Nullable String provides;

	private @Nullable String overrideFrom;

	public SubgraphField(String name, TypeRef type) {
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

	public Map<String, InputValue> arguments() {
		return this.arguments;
	}

	public Applied applied() {
		return this.applied;
	}

	public boolean external() {
		return this.external;
	}

	public void external(boolean external) {
		this.external = external;
	}

	/**
	 * Whether {@code @shareable} is applied to the field itself (type-level and implied
	 * sharing is computed separately).
	 * @return whether the field carries @shareable
	 */
	public boolean shareable() {
		return this.shareable;
	}

	public void shareable(boolean shareable) {
		this.shareable = shareable;
	}

	public @Nullable String requires() {
		return this.requires;
	}

	public void requires(@Nullable String requires) {
		this.requires = requires;
	}

	public @Nullable String provides() {
		return this.provides;
	}

	public void provides(@Nullable String provides) {
		this.provides = provides;
	}

	public @Nullable String overrideFrom() {
		return this.overrideFrom;
	}

	public void overrideFrom(@Nullable String overrideFrom) {
		this.overrideFrom = overrideFrom;
	}

}
