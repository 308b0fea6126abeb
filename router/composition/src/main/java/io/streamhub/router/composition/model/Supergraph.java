package io.streamhub.router.composition.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merged supergraph: the graphs (join__Graph values) and the merged types.
 */
public final class Supergraph {

	private final List<Graph> graphs;

	private final Map<String, SupergraphType> types = new LinkedHashMap<>();

	private final Map<String, DirectiveDef> directives = new LinkedHashMap<>();

	private final Map<String, String> specNames = new LinkedHashMap<>();

	private final Map<String, Boolean> composedDirectives = new LinkedHashMap<>();

	private final List<String> composedLinks = new ArrayList<>();

	public Supergraph(List<Graph> graphs) {
		this.graphs = List.copyOf(graphs);
	}

	public List<Graph> graphs() {
		return this.graphs;
	}

	public Map<String, SupergraphType> types() {
		return this.types;
	}

	/**
	 * The executable directives every subgraph defines.
	 * @return the merged directive definitions by name
	 */
	public Map<String, DirectiveDef> directives() {
		return this.directives;
	}

	/**
	 * The directives composed with {@code @composeDirective}: their applications are
	 * kept.
	 * @return whether each is repeatable, by name
	 */
	public Map<String, Boolean> composedDirectives() {
		return this.composedDirectives;
	}

	/**
	 * The {@code @link} applications of the features whose directives are composed, as
	 * printed.
	 * @return the links
	 */
	public List<String> composedLinks() {
		return this.composedLinks;
	}

	/**
	 * The name of a carried spec directive ({@code inaccessible}, {@code tag}) in the
	 * supergraph: the name the subgraphs apply it under.
	 * @param canonical the directive's name in its spec
	 * @return the name in the supergraph
	 */
	public String specName(String canonical) {
		return this.specNames.getOrDefault(canonical, canonical);
	}

	public Map<String, String> specNames() {
		return this.specNames;
	}

	/**
	 * One subgraph as a join__Graph value.
	 *
	 * @param enumName the join__Graph enum value
	 * @param name the subgraph name
	 * @param url the routing URL
	 */
	public record Graph(String enumName, String name, String url) {

	}

}
