package io.streamhub.router.composition.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One subgraph, read and normalized: root types are named Query/Mutation/Subscription,
 * federation directives are known under their canonical names whatever they were imported
 * as.
 */
public final class Subgraph {

	private final String name;

	private final String url;

	private final boolean fed2;

	private final Map<String, SubgraphType> types = new LinkedHashMap<>();

	private final Map<String, DirectiveDef> directives = new LinkedHashMap<>();

	private final Map<String, String> appliedSpecNames = new LinkedHashMap<>();

	private final List<ComposedDirective> composedDirectives = new ArrayList<>();

	private final List<LinkedFeature> linkedFeatures = new ArrayList<>();

	public Subgraph(String name, String url, boolean fed2) {
		this.name = name;
		this.url = url;
		this.fed2 = fed2;
	}

	public String name() {
		return this.name;
	}

	public String url() {
		return this.url;
	}

	/**
	 * Whether the subgraph links the federation 2 spec (otherwise it is a Federation 1
	 * subgraph).
	 * @return true for Federation 2
	 */
	public boolean fed2() {
		return this.fed2;
	}

	public Map<String, SubgraphType> types() {
		return this.types;
	}

	/**
	 * The custom (non-federation) directive definitions.
	 * @return the directive definitions by name
	 */
	public Map<String, DirectiveDef> directives() {
		return this.directives;
	}

	/**
	 * The local names under which the subgraph applies the directives composition carries
	 * to the supergraph ({@code inaccessible}, {@code tag}), by canonical name; only
	 * directives actually applied are listed.
	 * @return local name by canonical name
	 */
	public Map<String, String> appliedSpecNames() {
		return this.appliedSpecNames;
	}

	/**
	 * The directives this subgraph asks to compose ({@code @composeDirective}), with the
	 * feature each comes from.
	 * @return the composed directives, in declaration order
	 */
	public List<ComposedDirective> composedDirectives() {
		return this.composedDirectives;
	}

	/**
	 * The custom features this subgraph links ({@code @link} to other than the federation
	 * spec), composed or not.
	 * @return the linked features
	 */
	public List<LinkedFeature> linkedFeatures() {
		return this.linkedFeatures;
	}

	public Optional<SubgraphType> type(String typeName) {
		return Optional.ofNullable(this.types.get(typeName));
	}

	public @Nullable SubgraphField field(String typeName, String fieldName) {
		SubgraphType type = this.types.get(typeName);
		return (type != null) ? type.fields().get(fieldName) : null;
	}

}
