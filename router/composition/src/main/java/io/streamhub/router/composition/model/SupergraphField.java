package io.streamhub.router.composition.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A merged field (of an object or interface type) or input field (of an input object
 * type).
 */
public final class SupergraphField {

	private final String name;

	private TypeRef type;

	private @Nullable String description;

	private @Nullable String defaultValue;

	private final Map<String, InputValue> arguments = new LinkedHashMap<>();

	private final Applied applied = new Applied();

	private final List<JoinField> joinFields = new ArrayList<>();

	public SupergraphField(String name, TypeRef type) {
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

	public @Nullable String defaultValue() {
		return this.defaultValue;
	}

	public void defaultValue(@Nullable String defaultValue) {
		this.defaultValue = defaultValue;
	}

	public Map<String, InputValue> arguments() {
		return this.arguments;
	}

	public Applied applied() {
		return this.applied;
	}

	public List<JoinField> joinFields() {
		return this.joinFields;
	}

}
