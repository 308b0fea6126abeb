package io.streamhub.router.composition.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A named type of one subgraph, with its definition and all its extensions folded
 * together.
 */
public final class SubgraphType {

	private final String name;

	private final TypeKind kind;

	private @Nullable String description;

	private boolean hasDefinition;

	private boolean hasExtension;

	private boolean extendsDirective;

	private boolean shareable;

	private boolean interfaceObject;

	private final List<Key> keys = new ArrayList<>();

	private final Applied applied = new Applied();

	private final Map<String, SubgraphField> fields = new LinkedHashMap<>();

	private final Map<String, InputValue> inputFields = new LinkedHashMap<>();

	private final Set<String> interfaces = new LinkedHashSet<>();

	private final Set<String> members = new LinkedHashSet<>();

	private final Map<String, EnumValue> values = new LinkedHashMap<>();

	public SubgraphType(String name, TypeKind kind) {
		this.name = name;
		this.kind = kind;
	}

	public String name() {
		return this.name;
	}

	public TypeKind kind() {
		return this.kind;
	}

	/**
	 * The kind this type has in the supergraph: an {@code @interfaceObject} is an
	 * interface there.
	 * @return the supergraph kind
	 */
	public TypeKind supergraphKind() {
		return this.interfaceObject ? TypeKind.INTERFACE : this.kind;
	}

	public @Nullable String description() {
		return this.description;
	}

	public void description(@Nullable String description) {
		this.description = description;
	}

	public boolean hasDefinition() {
		return this.hasDefinition;
	}

	public void markDefinition() {
		this.hasDefinition = true;
	}

	public boolean hasExtension() {
		return this.hasExtension;
	}

	public void markExtension() {
		this.hasExtension = true;
	}

	/**
	 * Forgets that the type was written as an extension (Federation 1 upgrade).
	 */
	public void removeExtension() {
		this.hasExtension = false;
		this.hasDefinition = true;
	}

	public boolean extendsDirective() {
		return this.extendsDirective;
	}

	public void extendsDirective(boolean extendsDirective) {
		this.extendsDirective = extendsDirective;
	}

	/**
	 * Whether the type only exists as an extension in this subgraph.
	 * @return true for {@code extend type} without a definition, or {@code @extends}
	 */
	public boolean isExtension() {
		return this.extendsDirective || (this.hasExtension && !this.hasDefinition);
	}

	public boolean shareable() {
		return this.shareable;
	}

	public void shareable(boolean shareable) {
		this.shareable = shareable;
	}

	public boolean interfaceObject() {
		return this.interfaceObject;
	}

	public void interfaceObject(boolean interfaceObject) {
		this.interfaceObject = interfaceObject;
	}

	public List<Key> keys() {
		return this.keys;
	}

	public Applied applied() {
		return this.applied;
	}

	public Map<String, SubgraphField> fields() {
		return this.fields;
	}

	public Map<String, InputValue> inputFields() {
		return this.inputFields;
	}

	public Set<String> interfaces() {
		return this.interfaces;
	}

	public Set<String> members() {
		return this.members;
	}

	public Map<String, EnumValue> values() {
		return this.values;
	}

	/**
	 * An enum value of a subgraph or of the supergraph.
	 */
	public static final class EnumValue {

		private final String name;

		private @Nullable String description;

		private final Applied applied = new Applied();

		public EnumValue(String name) {
			this.name = name;
		}

		public String name() {
			return this.name;
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

	}

}
