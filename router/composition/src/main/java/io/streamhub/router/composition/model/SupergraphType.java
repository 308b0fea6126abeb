package io.streamhub.router.composition.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A merged type of the supergraph, with its join directives.
 */
public final class SupergraphType {

	private final String name;

	private final TypeKind kind;

	private @Nullable String description;

	private final Applied applied = new Applied();

	private final List<JoinType> joinTypes = new ArrayList<>();

	private final Map<String, SupergraphField> fields = new LinkedHashMap<>();

	/** Implemented interface → graphs that declare the implementation. */
	private final Map<String, List<String>> interfaces = new LinkedHashMap<>();

	/** Union member → graphs that declare the membership. */
	private final Map<String, List<String>> members = new LinkedHashMap<>();

	private final Map<String, SubgraphType.EnumValue> values = new LinkedHashMap<>();

	/** Enum value → graphs that define it. */
	private final Map<String, List<String>> valueGraphs = new LinkedHashMap<>();

	public SupergraphType(String name, TypeKind kind) {
		this.name = name;
		this.kind = kind;
	}

	public String name() {
		return this.name;
	}

	public TypeKind kind() {
		return this.kind;
	}

	public @Nullable String description() {
		return this.description;
	}

	public void description(@Nullable String description) {
		this.description = description;
	}

	public Applied applied() {
		return this.applied;
	}

	public List<JoinType> joinTypes() {
		return this.joinTypes;
	}

	public Map<String, SupergraphField> fields() {
		return this.fields;
	}

	public Map<String, List<String>> interfaces() {
		return this.interfaces;
	}

	public Map<String, List<String>> members() {
		return this.members;
	}

	public Map<String, SubgraphType.EnumValue> values() {
		return this.values;
	}

	public Map<String, List<String>> valueGraphs() {
		return this.valueGraphs;
	}

}
